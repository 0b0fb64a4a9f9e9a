package org.pdsa.local.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The local stack's signing key: an RSA key pair kept as a JWK under {@code .pdsa/keys} (created on first use,
 * readable by its owner only), whose public half the gateway serves as its JWKS. It signs local tokens only;
 * it is never used in AWS.
 */
public final class LocalKeys {

    /** Where {@code ./pdsa up} and {@code ./pdsa token} keep the key, relative to the repository root. */
    public static final Path DEFAULT_DIR = Path.of(".pdsa", "keys");
    static final String FILE = "signing-key.jwk.json";

    private final RSAKey key;

    private LocalKeys(RSAKey key) {
        this.key = key;
    }

    /** The key in {@code dir}, created there first if there is none. */
    public static LocalKeys inDirectory(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(dir, file);
            }
            return new LocalKeys(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the local signing key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("the local signing key " + file + " is not an RSA JWK (delete it to get a"
                    + " new one; tokens signed with it stop working): " + e.getMessage(), e);
        }
    }

    public RSAKey privateKey() {
        return key;
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The public JWKS, as served at {@code /.well-known/jwks.json}. */
    public JWKSet publicJwks() {
        return new JWKSet(key.toPublicJWK());
    }

    private static void create(Path dir, Path file) throws IOException {
        Files.createDirectories(dir);
        RSAKey generated;
        try {
            generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key: " + e.getMessage(), e);
        }
        Path temp = Files.createTempFile(dir, "key-", ".tmp");
        try {
            restrict(temp);
            Files.writeString(temp, generated.toJSONString(), StandardCharsets.UTF_8);
            // another process (a second ./pdsa) may create it at the same moment: the first one wins
            Files.move(temp, file);
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder protects it instead
        }
    }
}
