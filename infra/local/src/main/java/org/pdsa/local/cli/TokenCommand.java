package org.pdsa.local.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pdsa.api.Role;
import org.pdsa.codes.Coded;
import org.pdsa.local.gateway.GatewayConfig;
import org.pdsa.local.gateway.LocalKeys;
import org.pdsa.local.gateway.TokenIssuer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./pdsa token}: a token signed by the local key, for the local gateway (DESIGN §3.1). */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = {
            "Mint a token signed by the local key (.pdsa/keys, created on first use) for the local API gateway.",
            "Prints only the token: TOKEN=$(./pdsa token --role manager --subject demo-manager)",
            "Bad options: a message on stderr, exit code 2."
        })
public final class TokenCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;
    private static final Pattern TTL = Pattern.compile("(\\d+)([smhd])");
    private static final Duration LONGEST = Duration.ofDays(365);

    @Option(names = "--role", required = true, paramLabel = "provider|staff|manager",
            description = "provider (a provider's system), staff (a provider's staff) or manager.")
    String role;

    @Option(names = "--subject", required = true, paramLabel = "ID", description = "The caller's id (claim sub).")
    String subject;

    @Option(names = "--provider", paramLabel = "P", description = "The provider acted for (required for provider and staff).")
    String provider;

    @Option(names = "--groups", paramLabel = "A,B", split = ",", description = "The caller's groups (staff: lead groups).")
    List<String> groups = new ArrayList<>();

    @Option(names = "--ttl", paramLabel = "DURATION", defaultValue = "12h",
            description = "How long the token is valid: 30m, 12h, 7d or ISO-8601 such as PT2H (default: ${DEFAULT-VALUE}).")
    String ttl;

    @Option(names = "--keys", paramLabel = "DIR", defaultValue = ".pdsa/keys", hidden = true,
            description = "Where the local signing key is kept.")
    Path keys;

    private final PrintStream out;
    private final PrintStream err;
    private final int apiPort;

    public TokenCommand() {
        this(System.out, System.err, GatewayConfig.portFromEnvironment());
    }

    TokenCommand(PrintStream out, PrintStream err, int apiPort) {
        this.out = out;
        this.err = err;
        this.apiPort = apiPort;
    }

    @Override
    public Integer call() {
        Role parsedRole = Coded.parse(Role.class, role).orElse(null);
        if (parsedRole == null) {
            return bad("--role must be one of " + Coded.choices(Role.class) + ", got '" + role + "'");
        }
        if (parsedRole != Role.MANAGER && (provider == null || provider.isBlank())) {
            return bad("--provider is required for the role " + parsedRole.code());
        }
        Duration validFor;
        try {
            validFor = ttl(ttl);
        } catch (IllegalArgumentException e) {
            return bad(e.getMessage());
        }
        TokenIssuer issuer = new TokenIssuer(LocalKeys.inDirectory(keys), GatewayConfig.issuer(apiPort),
                GatewayConfig.AUDIENCE);
        out.println(issuer.mint(parsedRole, subject, provider, groups, validFor, Instant.now()));
        return 0;
    }

    /** {@code 30m}, {@code 12h}, {@code 7d}, {@code 90s} or an ISO-8601 duration; positive, at most a year. */
    static Duration ttl(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Duration d;
        Matcher m = TTL.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                d = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--ttl must look like 30m, 12h, 7d or PT2H, got '" + text + "'");
            }
        }
        if (d.isNegative() || d.isZero() || d.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("--ttl must be positive and at most 365 days, got '" + text + "'");
        }
        return d;
    }

    private int bad(String message) {
        err.println("pdsa token: " + message);
        return BAD_INPUT;
    }
}
