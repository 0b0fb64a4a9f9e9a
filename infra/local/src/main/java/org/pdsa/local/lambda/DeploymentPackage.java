package org.pdsa.local.lambda;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the functions' Lambda deployment package is built: {@code functions/target/pdsa-functions-lambda.zip}. */
public final class DeploymentPackage {

    /** The package's path inside the repository. */
    public static final Path RELATIVE_PATH = Path.of("functions", "target", "pdsa-functions-lambda.zip");

    private DeploymentPackage() {}

    /**
     * Finds the package from the working directory or one of its parents (the repository root, or a
     * module folder when tests run), failing with the command that builds it.
     */
    public static Path locate() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE_PATH);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            if (Files.isRegularFile(dir.resolve("functions").resolve("pom.xml"))) {
                break; // the repository root: the package is not built
            }
        }
        throw new IllegalStateException("No Lambda deployment package " + RELATIVE_PATH + " above " + start
                + ". Build it from the repository root with: mvn -B -ntp -pl functions -am package -DskipTests");
    }
}
