package org.pdsa.camunda;

/** Reads a secret's text by its ARN (AWS Secrets Manager in Lambda; a map in tests). */
@FunctionalInterface
public interface SecretReader {

    String read(String secretArn);
}
