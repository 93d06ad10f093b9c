# Build with the Maven wrapper, without the embedded PostgreSQL binaries (-Ddocker).
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -Ddocker dependency:go-offline || true
COPY src src
RUN ./mvnw -B -Ddocker -DskipTests package && cp target/openmint-*.jar /openmint.jar

FROM eclipse-temurin:17.0.15_6-jre
RUN groupadd --system openmint && useradd --system --gid openmint --uid 10001 --no-create-home openmint
COPY --from=build /openmint.jar /app/openmint.jar
USER openmint
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/openmint.jar"]
