package org.pdsa.local.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repository's template.yaml (AWS SAM) as data: parameters, conditions, resources, outputs, and its
 * functions with the {@code Globals} applied as SAM applies them. Intrinsic functions stay in their long
 * form ({@code {Ref: X}}); {@link TemplateValues} evaluates them.
 */
public final class SamTemplate {

    /** The template's path inside the repository. */
    public static final Path FILE_NAME = Path.of("template.yaml");

    public static final String FUNCTION_TYPE = "AWS::Serverless::Function";

    private final Path file;
    private final Map<String, Object> root;

    private SamTemplate(Path file, Map<String, Object> root) {
        this.file = file;
        this.root = root;
    }

    public static SamTemplate read(Path file) {
        return new SamTemplate(file, CloudFormationYaml.read(file));
    }

    /** template.yaml of the repository holding the working directory (tests run in a module folder). */
    public static SamTemplate locate() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate) && Files.isDirectory(dir.resolve("functions"))) {
                return read(candidate);
            }
        }
        throw new IllegalStateException("No " + FILE_NAME + " beside functions/ above " + start);
    }

    public Path file() {
        return file;
    }

    public Map<String, Object> root() {
        return root;
    }

    public Map<String, Object> parameters() {
        return section("Parameters");
    }

    public Map<String, Object> conditions() {
        return section("Conditions");
    }

    public Map<String, Object> resources() {
        return section("Resources");
    }

    public Map<String, Object> outputs() {
        return section("Outputs");
    }

    /** A resource's whole definition ({@code Type}, {@code Properties}, {@code Condition}, ...). */
    public Map<String, Object> resource(String logicalId) {
        Object resource = resources().get(logicalId);
        if (resource == null) {
            throw new IllegalArgumentException("template.yaml has no resource " + logicalId);
        }
        return map(resource, "resource " + logicalId);
    }

    public String typeOf(String logicalId) {
        return String.valueOf(resource(logicalId).get("Type"));
    }

    /** Logical ids of the resources of one type, in template order. */
    public List<String> resourcesOfType(String type) {
        List<String> ids = new ArrayList<>();
        resources().forEach((id, resource) -> {
            if (type.equals(map(resource, id).get("Type"))) {
                ids.add(id);
            }
        });
        return ids;
    }

    /** Every {@code AWS::Serverless::Function}, with {@code Globals.Function} merged in. */
    public List<TemplateFunction> functions() {
        Map<String, Object> globals = globalFunctionProperties();
        List<TemplateFunction> functions = new ArrayList<>();
        for (String id : resourcesOfType(FUNCTION_TYPE)) {
            Map<String, Object> own = map(resource(id).getOrDefault("Properties", Map.of()), id + ".Properties");
            functions.add(new TemplateFunction(id, merge(globals, own)));
        }
        return functions;
    }

    public TemplateFunction function(String logicalId) {
        return functions().stream().filter(f -> f.logicalId().equals(logicalId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("template.yaml has no function " + logicalId));
    }

    public Optional<TemplateFunction> functionWithHandler(String handler) {
        return functions().stream().filter(f -> f.handler().equals(handler)).findFirst();
    }

    public Map<String, Object> globalFunctionProperties() {
        Map<String, Object> globals = section("Globals");
        return map(globals.getOrDefault("Function", Map.of()), "Globals.Function");
    }

    private Map<String, Object> section(String name) {
        return map(root.getOrDefault(name, Map.of()), name);
    }

    /**
     * SAM's rule for Globals: a function's own value wins, except that maps (such as
     * {@code Environment.Variables}) are merged key by key.
     */
    static Map<String, Object> merge(Map<String, Object> global, Map<String, Object> own) {
        Map<String, Object> merged = new LinkedHashMap<>(global);
        own.forEach((key, value) -> {
            Object inherited = merged.get(key);
            if (inherited instanceof Map<?, ?> a && value instanceof Map<?, ?> b && !isIntrinsic(a) && !isIntrinsic(b)) {
                merged.put(key, merge(map(a, key), map(b, key)));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    static boolean isIntrinsic(Map<?, ?> value) {
        return value.size() == 1 && value.keySet().iterator().next() instanceof String key
                && (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String where) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("template.yaml: " + where + " is not a mapping");
        }
        return (Map<String, Object>) value;
    }
}
