package org.pdsa.local.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates a template's intrinsic functions ({@code Ref}, {@code Fn::Sub}, {@code Fn::GetAtt},
 * {@code Fn::If} and the condition functions, {@code Fn::Split}, {@code Fn::Select}, {@code Fn::Join}) for
 * one deployment: parameter values (else the template's defaults), pseudo parameters, and the values the
 * deployment gives resources ({@code Ref Table} is the table's name). What has no value is an error that
 * names it, never an empty string.
 */
public final class TemplateValues {

    /** {@code AWS::NoValue}: removes the map entry or list item it stands in. */
    private static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "AWS::NoValue";
        }
    };
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final SamTemplate template;
    private final Map<String, String> parameters;
    private final Map<String, String> pseudo;
    private final Map<String, Object> references;
    private final Map<String, Object> attributes;

    private TemplateValues(SamTemplate template, Map<String, String> parameters, Map<String, String> pseudo,
                           Map<String, Object> references, Map<String, Object> attributes) {
        this.template = template;
        this.parameters = parameters;
        this.pseudo = pseudo;
        this.references = references;
        this.attributes = attributes;
    }

    /** Values for a deployment in {@code region} of account {@code account}, stack {@code stackName}. */
    public static TemplateValues of(SamTemplate template, String stackName, String region, String account) {
        Map<String, String> pseudo = new HashMap<>();
        pseudo.put("AWS::StackName", stackName);
        pseudo.put("AWS::Region", region);
        pseudo.put("AWS::AccountId", account);
        pseudo.put("AWS::Partition", "aws");
        pseudo.put("AWS::URLSuffix", "amazonaws.com");
        pseudo.put("AWS::StackId", "arn:aws:cloudformation:" + region + ":" + account + ":stack/" + stackName + "/local");
        return new TemplateValues(template, new HashMap<>(), pseudo, new HashMap<>(), new HashMap<>());
    }

    public TemplateValues parameter(String name, String value) {
        if (!template.parameters().containsKey(name)) {
            throw new IllegalArgumentException("template.yaml has no parameter " + name);
        }
        parameters.put(name, value);
        return this;
    }

    /** What {@code Ref logicalId} (or {@code Ref Function.Alias}) gives in this deployment. */
    public TemplateValues reference(String logicalId, Object value) {
        references.put(logicalId, value);
        return this;
    }

    /** What {@code Fn::GetAtt [logicalId, attribute]} gives in this deployment. */
    public TemplateValues attribute(String logicalId, String attribute, Object value) {
        attributes.put(logicalId + "." + attribute, value);
        return this;
    }

    /** The value with every intrinsic function evaluated; maps and lists are copied. */
    public Object resolve(Object value) {
        Object resolved = evaluate(value);
        if (resolved == NO_VALUE) {
            throw new IllegalArgumentException("the value is AWS::NoValue");
        }
        return resolved;
    }

    /** A value that must come out as text (a string or a number). */
    public String text(Object value) {
        Object resolved = resolve(value);
        if (resolved instanceof String || resolved instanceof Number || resolved instanceof Boolean) {
            return String.valueOf(resolved);
        }
        throw new IllegalArgumentException("expected text, got " + resolved);
    }

    /** Environment variables with their values evaluated; a variable whose value is AWS::NoValue is left out. */
    public Map<String, String> environment(TemplateFunction function) {
        Map<String, String> environment = new LinkedHashMap<>();
        function.environment().forEach((name, value) -> {
            Object resolved = evaluate(value);
            if (resolved != NO_VALUE) {
                environment.put(name, text(resolved));
            }
        });
        return environment;
    }

    /** Whether the template's condition holds for these parameter values. */
    public boolean condition(String name) {
        Object definition = template.conditions().get(name);
        if (definition == null) {
            throw new IllegalArgumentException("template.yaml has no condition " + name);
        }
        return truth(evaluate(definition), "condition " + name);
    }

    private Object evaluate(Object value) {
        if (value instanceof Map<?, ?> map) {
            if (SamTemplate.isIntrinsic(map)) {
                String function = (String) map.keySet().iterator().next();
                return intrinsic(function, map.get(function));
            }
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                Object resolved = evaluate(v);
                if (resolved != NO_VALUE) {
                    result.put(String.valueOf(k), resolved);
                }
            });
            return result;
        }
        if (value instanceof List<?> list) {
            List<Object> result = new ArrayList<>();
            for (Object item : list) {
                Object resolved = evaluate(item);
                if (resolved != NO_VALUE) {
                    result.add(resolved);
                }
            }
            return result;
        }
        return value;
    }

    private Object intrinsic(String function, Object argument) {
        return switch (function) {
            case "Ref" -> reference(String.valueOf(argument));
            case "Condition" -> condition(String.valueOf(argument));
            case "Fn::Sub" -> substitute(argument);
            case "Fn::GetAtt" -> attribute(argument);
            case "Fn::If" -> choose(list(argument, "Fn::If", 3));
            case "Fn::Equals" -> {
                List<?> pair = list(argument, "Fn::Equals", 2);
                yield String.valueOf(evaluate(pair.get(0))).equals(String.valueOf(evaluate(pair.get(1))));
            }
            case "Fn::Not" -> !truth(evaluate(list(argument, "Fn::Not", 1).get(0)), "Fn::Not");
            case "Fn::And" -> list(argument, "Fn::And", -1).stream().allMatch(c -> truth(evaluate(c), "Fn::And"));
            case "Fn::Or" -> list(argument, "Fn::Or", -1).stream().anyMatch(c -> truth(evaluate(c), "Fn::Or"));
            case "Fn::Split" -> {
                List<?> pair = list(argument, "Fn::Split", 2);
                yield List.of(text(pair.get(1)).split(Pattern.quote(text(pair.get(0))), -1));
            }
            case "Fn::Select" -> {
                List<?> pair = list(argument, "Fn::Select", 2);
                yield list(evaluate(pair.get(1)), "Fn::Select list", -1).get(Integer.parseInt(text(pair.get(0))));
            }
            case "Fn::Join" -> {
                List<?> pair = list(argument, "Fn::Join", 2);
                List<String> parts = list(evaluate(pair.get(1)), "Fn::Join list", -1).stream().map(this::text).toList();
                yield String.join(text(pair.get(0)), parts);
            }
            default -> throw new IllegalArgumentException("intrinsic function " + function + " is not evaluated locally");
        };
    }

    private Object reference(String name) {
        if ("AWS::NoValue".equals(name)) {
            return NO_VALUE;
        }
        if (pseudo.containsKey(name)) {
            return pseudo.get(name);
        }
        if (template.parameters().containsKey(name)) {
            return parameterValue(name);
        }
        if (references.containsKey(name)) {
            return references.get(name);
        }
        throw new IllegalArgumentException("no value for Ref " + name + " in this deployment");
    }

    private String parameterValue(String name) {
        if (parameters.containsKey(name)) {
            return parameters.get(name);
        }
        Object definition = SamTemplate.map(template.parameters().get(name), "parameter " + name).get("Default");
        if (definition == null) {
            throw new IllegalArgumentException("parameter " + name + " has no default and no value in this deployment");
        }
        return String.valueOf(definition);
    }

    private Object attribute(Object argument) {
        List<?> pair = list(argument, "Fn::GetAtt", 2);
        String key = text(pair.get(0)) + "." + text(pair.get(1));
        if (!attributes.containsKey(key)) {
            throw new IllegalArgumentException("no value for Fn::GetAtt " + key + " in this deployment");
        }
        return attributes.get(key);
    }

    private Object choose(List<?> arguments) {
        return condition(String.valueOf(arguments.get(0))) ? evaluate(arguments.get(1)) : evaluate(arguments.get(2));
    }

    private String substitute(Object argument) {
        String text;
        Map<String, Object> variables = Map.of();
        if (argument instanceof List<?> pair) {
            text = String.valueOf(pair.get(0));
            variables = SamTemplate.map(pair.get(1), "Fn::Sub variables");
        } else {
            text = String.valueOf(argument);
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement;
            if (name.startsWith("!")) {
                replacement = "${" + name.substring(1) + "}"; // ${!Literal} stays as ${Literal}
            } else if (variables.containsKey(name)) {
                replacement = text(variables.get(name));
            } else if (name.contains(".") && !name.startsWith("AWS::")) {
                replacement = text(attribute(List.of(name.substring(0, name.indexOf('.')),
                        name.substring(name.indexOf('.') + 1))));
            } else {
                replacement = text(reference(name));
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static boolean truth(Object value, String where) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(where + " is not a condition: " + value);
    }

    private static List<?> list(Object value, String where, int size) {
        if (!(value instanceof List<?> list) || (size >= 0 && list.size() != size)) {
            throw new IllegalArgumentException(where + " needs a list" + (size >= 0 ? " of " + size : "") + ", got " + value);
        }
        return list;
    }
}
