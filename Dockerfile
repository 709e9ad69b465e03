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
RUN useradd --system --create-home --home-dir /app missionbot
WORKDIR /app
COPY --from=build /src/target/mission-bot.jar /app/mission-bot.jar
COPY --chown=missionbot config /app/config
COPY --chown=missionbot index/articles /app/index/articles
# the index and the feedback log are written under /app at run time: the bot's user owns it all
RUN mkdir -p /app/index /app/data && chown -R missionbot:missionbot /app/index /app/data /app/config
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
