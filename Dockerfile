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
USER missionbot
ENV MISSION_BOT_HOME=/app
# Build the Lucene index now, so a container answers from its first second.
RUN java -jar /app/mission-bot.jar index
ENTRYPOINT ["java", "-jar", "/app/mission-bot.jar"]
