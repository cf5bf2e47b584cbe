# The engine as a container: build the jar first (mvn -B package -DskipTests), then docker build .
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 scf
WORKDIR /app
COPY target/scf-engine-*.jar /app/scf-engine.jar
COPY config/ /app/config/
USER scf
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["java", "-jar", "/app/scf-engine.jar"]
