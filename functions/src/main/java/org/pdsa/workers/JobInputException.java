package org.pdsa.workers;

/**
 * A job whose variables or headers do not meet the contract (workflows/README.md): retrying cannot help, so
 * the job fails without retries and the incident carries this message.
 */
public final class JobInputException extends RuntimeException {

    public JobInputException(String message) {
        super(message);
    }
}
