# Mission Bot: build with a JDK, run on a JRE as a non-root user, with the index built into the image.
# The base images are arguments so that .ci/image can build with stand-ins made locally where no
# registry can be reached; by default, the real ones.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-21
ARG RUNTIME_IMAGE=eclipse-temurin:21-jre
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY config config
COPY index/articles index/articles
RUN mvn -B -ntp -q -DskipTests package

FROM ${RUNTIME_IMAGE}
# the bot's user owns nothing under /app but what it writes; its home (outside /app) holds the
# tokenizer's native library, which DJL unpacks there on first use
RUN useradd --system --create-home --home-dir /home/missionbot --shell /usr/sbin/nologin missionbot
WORKDIR /app
# the program and its settings belong to root and are read-only: the bot's user cannot replace them
COPY --from=build /src/target/mission-bot.jar /app/mission-bot.jar
COPY config /app/config
COPY --chown=missionbot index/articles /app/index/articles
# only the index (with its articles) and data/ (the feedback log) are written at run time
RUN mkdir -p /app/data && chown missionbot:missionbot /app/index /app/data \
 && chmod -R a-w /app/mission-bot.jar /app/config && chmod 0755 /app
# XDG_CACHE_HOME: the embedding model and ONNX Runtime's libraries, copied out of the jar once, here,
# to be read as files at every start. Root copies them (indexing a throwaway home) and makes them
# read-only, as the jar is: the bot cannot change the code it runs.
ENV XDG_CACHE_HOME=/app/cache
RUN mkdir /tmp/seed && java -jar /app/mission-bot.jar --home /tmp/seed index && rm -rf /tmp/seed \
 && chmod -R a-w /app/cache
USER missionbot
ENV MISSION_BOT_HOME=/app
# Build the Lucene index now, so a container answers from its first second.
RUN java -jar /app/mission-bot.jar index
# serve's one HTTP server: /healthz, /metrics, Slack's /slack/events and Telegram's webhook path.
ENV PORT=8080
EXPOSE 8080
# The health check starts no JVM: bash asks /healthz over /dev/tcp; healthy when the status is 200.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# the articles (to add or change them without a new image) and data/ (the feedback log, the record of
# answered Telegram updates) outlive the container; declared last, as a build step writing to a
# volume's path after its declaration would be lost
VOLUME ["/app/index/articles", "/app/data"]
# serve: with no channel configured it says so and exits 2, rather than starting a console
ENTRYPOINT ["java", "-jar", "/app/mission-bot.jar"]
CMD ["serve"]
