# Mission Bot: build with a JDK, run on a JRE as a non-root user, with the index built into the image.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -q dependency:go-offline
COPY src src
COPY config config
COPY index/articles index/articles
RUN mvn -B -ntp -q -DskipTests package

FROM eclipse-temurin:21-jre
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
USER missionbot
ENV MISSION_BOT_HOME=/app
# Build the Lucene index now, so a container answers from its first second.
RUN java -jar /app/mission-bot.jar index
# serve's one HTTP server: /healthz, /metrics, Slack's /slack/events and Telegram's webhook path.
ENV PORT=8080
EXPOSE 8080
# The image has no curl: the jar's hidden healthcheck command asks http://127.0.0.1:$PORT/healthz, exits 0 or 1.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["java", "-XX:TieredStopAtLevel=1", "-Xmx64m", "-jar", "/app/mission-bot.jar", "healthcheck"]
ENTRYPOINT ["java", "-jar", "/app/mission-bot.jar"]
