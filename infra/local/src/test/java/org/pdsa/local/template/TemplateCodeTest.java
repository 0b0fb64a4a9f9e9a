package org.pdsa.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pdsa.local.lambda.DeploymentPackage;
import org.pdsa.local.lambda.FunctionSpec;

/**
 * template.yaml against the code in the deployment package: every Handler is a class of the package with
 * a public no-argument constructor and the handler method for its event type; every environment variable
 * a function's code may read is set by the template for that function (or is one Lambda sets, or an
 * override only local stacks use), and the template sets nothing its code never reads; every DynamoDB
 * call its code makes is allowed by its policy, and its policy allows nothing more.
 */
class TemplateCodeTest {

    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

    /** Read by the code, never set in template.yaml, each for a reason. */
    static final Map<String, String> NOT_SET_BY_THE_TEMPLATE = Map.ofEntries(
            Map.entry("AWS_ENDPOINT_URL", "endpoint override of dynalite and LocalStack; AWS itself in Lambda"),
            Map.entry("AWS_ENDPOINT_URL_DYNAMODB", "endpoint override, as AWS_ENDPOINT_URL"),
            Map.entry("AWS_ENDPOINT_URL_SES", "endpoint override, as AWS_ENDPOINT_URL"),
            Map.entry("AWS_ENDPOINT_URL_SECRETS_MANAGER", "endpoint override, as AWS_ENDPOINT_URL"),
            Map.entry("PDSA_DYNAMODB_PORT", "the local stack's dynalite port, read only outside Lambda"),
            Map.entry("PDSA_ENGINE_PORT", "the local engine's port, read only without CAMUNDA_REST_ADDRESS"),
            Map.entry("CAMUNDA_GRPC_ADDRESS", "REST only: the gRPC address is never used"),
            Map.entry("CAMUNDA_CLIENT_ID", "from the secret CAMUNDA_CREDENTIALS_SECRET_ARN names"),
            Map.entry("CAMUNDA_CLIENT_SECRET", "from the secret; refused as a plain Lambda variable"),
            Map.entry("CAMUNDA_OAUTH_URL", "from the secret"),
            Map.entry("CAMUNDA_AUTHORIZATION_SERVER_URL", "from the secret (the client's older name)"),
            Map.entry("CAMUNDA_TOKEN_AUDIENCE", "from the secret"),
            Map.entry("CAMUNDA_TOKEN_SCOPE", "from the secret"));

    /** Upper-case constants in the code that are not environment variables at all. */
    static final Map<String, String> NOT_VARIABLES = Map.ofEntries();

    private static final SamTemplate TEMPLATE = SamTemplate.locate();
    private static PackagedCode code;

    @BeforeAll
    static void readPackage() {
        code = PackagedCode.of(DeploymentPackage.locate());
    }

    @Test
    void shouldFindEveryHandlerClassInThePackageWithItsEventType() throws Exception {
        for (TemplateFunction function : TEMPLATE.functions()) {
            String name = function.logicalId();
            assertThat(code.contains(function.handlerClass())).as("%s: %s in the package", name, function.handler()).isTrue();
            Class<?> handler = Class.forName(function.handlerClass());
            assertThat(Modifier.isPublic(handler.getModifiers()) && !Modifier.isAbstract(handler.getModifiers()))
                    .as("%s: %s is a public concrete class", name, handler.getName()).isTrue();
            assertThat(handler.getConstructor()).as("%s: public no-argument constructor", name).isNotNull();
            Type[] types = requestTypes(handler).orElseThrow(() -> new AssertionError(
                    name + ": " + handler.getName() + " is neither a RequestHandler nor a RequestStreamHandler"));
            if (!function.httpRoutes().isEmpty()) {
                assertThat(types).as("%s: API functions take API Gateway HTTP API (v2) events", name)
                        .containsExactly(APIGatewayV2HTTPEvent.class, APIGatewayV2HTTPResponse.class);
            }
            assertThat(handlerMethods(handler, function.handlerMethod())).as("%s: method %s", name,
                    function.handlerMethod()).isNotEmpty();
        }
    }

    @Test
    void shouldSetEveryVariableAFunctionReadsAndNothingElse() {
        assertThat(variableProblems(TEMPLATE)).isEmpty();
    }

    @Test
    void shouldNoticeAMisspelledVariable() {
        // given the test's own guard: the programmes function's TABLE_NAME misspelled
        SamTemplate misspelled = TemplateFiles.withText(TEMPLATE, text -> text.replaceFirst(
                "(ProgrammesFunction:[\\s\\S]*?)TABLE_NAME:", "$1TABLENAME:"));

        // then both directions notice it
        assertThat(variableProblems(misspelled)).containsExactlyInAnyOrder(
                "ProgrammesFunction may read TABLE_NAME, which the template does not set (set it, or list it in "
                        + "NOT_SET_BY_THE_TEMPLATE or NOT_VARIABLES with a reason)",
                "ProgrammesFunction is given TABLENAME, which its code never reads");
    }

    static List<String> variableProblems(SamTemplate template) {
        List<String> problems = new ArrayList<>();
        Set<String> boundaries = handlerClasses(template);
        for (TemplateFunction function : template.functions()) {
            Set<String> candidates = code.stringsReachableFrom(function.handlerClass(), boundaries).stream()
                    .filter(s -> VARIABLE_NAME.matcher(s).matches()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> set = function.environment().keySet();
            for (String variable : candidates) {
                boolean known = set.contains(variable) || FunctionSpec.RESERVED_VARIABLES.contains(variable)
                        || NOT_SET_BY_THE_TEMPLATE.containsKey(variable) || NOT_VARIABLES.containsKey(variable);
                if (!known) {
                    problems.add(function.logicalId() + " may read " + variable + ", which the template does not set"
                            + " (set it, or list it in NOT_SET_BY_THE_TEMPLATE or NOT_VARIABLES with a reason)");
                }
            }
            for (String variable : set) {
                if (!candidates.contains(variable)) {
                    problems.add(function.logicalId() + " is given " + variable + ", which its code never reads");
                }
            }
        }
        return problems;
    }

    /** Every function's handler class, in internal form: where one function's reach stops. */
    static Set<String> handlerClasses(SamTemplate template) {
        return PackagedCode.internalNames(template.functions().stream().map(TemplateFunction::handlerClass).toList());
    }

    private static Optional<Type[]> requestTypes(Class<?> handler) {
        for (Class<?> c = handler; c != null; c = c.getSuperclass()) {
            for (Type type : c.getGenericInterfaces()) {
                if (type instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                    return Optional.of(p.getActualTypeArguments());
                }
                if (type == RequestStreamHandler.class) {
                    return Optional.of(new Type[0]);
                }
            }
            Type superType = c.getGenericSuperclass();
            if (superType instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                    && RequestHandler.class.isAssignableFrom(raw)) {
                for (Type type : raw.getGenericInterfaces()) {
                    if (type instanceof ParameterizedType q && q.getRawType() == RequestHandler.class) {
                        return Optional.of(q.getActualTypeArguments());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<Method> handlerMethods(Class<?> handler, String name) {
        List<Method> methods = new ArrayList<>();
        for (Method method : handler.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() >= 1
                    && (method.getParameterCount() < 2 || method.getParameterTypes()[method.getParameterCount() - 1]
                            == Context.class || method.getParameterCount() == 3)) {
                methods.add(method);
            }
        }
        return methods;
    }
}
