package org.pdsa.local.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a whole template and lists every reference that points at nothing: a {@code Ref}, {@code Fn::GetAtt}
 * or {@code ${...}} of {@code Fn::Sub} to an undeclared parameter or resource (or an attribute the resource
 * type does not have), and every condition used but not declared. What CloudFormation would refuse at
 * deployment, found without {@code sam}.
 */
final class TemplateReferences {

    private static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs",
            "AWS::NoValue", "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
    /** The attributes of the resource types this template uses (CloudFormation and SAM documentation). */
    private static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("AWS::DynamoDB::Table", Set.of("Arn", "StreamArn", "TableId")),
            Map.entry("AWS::Serverless::Function", Set.of("Arn")),
            Map.entry("AWS::Serverless::HttpApi", Set.of("ApiEndpoint")),
            Map.entry("AWS::IAM::Role", Set.of("Arn", "RoleId")),
            Map.entry("AWS::Scheduler::Schedule", Set.of("Arn")),
            Map.entry("AWS::S3::Bucket", Set.of("Arn", "DomainName", "RegionalDomainName", "WebsiteURL",
                    "DualStackDomainName")),
            Map.entry("AWS::CloudFront::Distribution", Set.of("DomainName", "Id")),
            Map.entry("AWS::CloudFront::OriginAccessControl", Set.of("Id")),
            Map.entry("AWS::Cognito::UserPool", Set.of("Arn", "ProviderName", "ProviderURL", "UserPoolId")),
            Map.entry("AWS::Cognito::UserPoolClient", Set.of("ClientId", "Name")));
    /** What SAM adds to a function with AutoPublishAlias: {@code Ref Function.Alias} and {@code Function.Version}. */
    private static final Set<String> SAM_FUNCTION_REFERENCES = Set.of("Alias", "Version");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    private final SamTemplate template;
    private final List<String> problems = new ArrayList<>();

    private TemplateReferences(SamTemplate template) {
        this.template = template;
    }

    /** Every dangling reference of the template, each with where it is; empty when all resolve. */
    static List<String> danglingIn(SamTemplate template) {
        TemplateReferences references = new TemplateReferences(template);
        for (String section : List.of("Conditions", "Globals", "Resources", "Outputs")) {
            references.walk(template.root().getOrDefault(section, Map.of()), section, Set.of());
        }
        template.resources().forEach((id, resource) -> references.condition(
                SamTemplate.map(resource, id).get("Condition"), "Resources." + id));
        template.outputs().forEach((id, output) -> references.condition(
                SamTemplate.map(output, id).get("Condition"), "Outputs." + id));
        return references.problems;
    }

    private void walk(Object value, String where, Set<String> subVariables) {
        if (value instanceof Map<?, ?> map) {
            if (SamTemplate.isIntrinsic(map)) {
                String function = (String) map.keySet().iterator().next();
                intrinsic(function, map.get(function), where, subVariables);
                return;
            }
            map.forEach((k, v) -> walk(v, where + "." + k, subVariables));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), where + "[" + i + "]", subVariables);
            }
        }
    }

    private void intrinsic(String function, Object argument, String where, Set<String> subVariables) {
        switch (function) {
            case "Ref" -> reference(String.valueOf(argument), where);
            case "Condition" -> condition(argument, where);
            case "Fn::GetAtt" -> {
                List<?> pair = (List<?>) argument;
                attribute(String.valueOf(pair.get(0)), String.valueOf(pair.get(1)), where);
            }
            case "Fn::If" -> {
                List<?> arguments = (List<?>) argument;
                condition(arguments.get(0), where);
                walk(arguments.get(1), where, subVariables);
                walk(arguments.get(2), where, subVariables);
            }
            case "Fn::Sub" -> {
                if (argument instanceof List<?> pair) {
                    Map<String, Object> variables = SamTemplate.map(pair.get(1), where);
                    walk(variables, where, subVariables);
                    substitution(String.valueOf(pair.get(0)), where, variables.keySet());
                } else {
                    substitution(String.valueOf(argument), where, Set.of());
                }
            }
            default -> walk(argument, where, subVariables);
        }
    }

    private void substitution(String text, String where, Set<String> variables) {
        Matcher matcher = SUB_VARIABLE.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (variables.contains(name)) {
                continue;
            }
            if (name.contains(".") && !name.startsWith("AWS::")) {
                attribute(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1), where);
            } else {
                reference(name, where);
            }
        }
    }

    private void reference(String name, String where) {
        if (PSEUDO_PARAMETERS.contains(name) || template.parameters().containsKey(name)
                || template.resources().containsKey(name)) {
            return;
        }
        int dot = name.indexOf('.');
        if (dot > 0 && template.resources().containsKey(name.substring(0, dot))
                && SAM_FUNCTION_REFERENCES.contains(name.substring(dot + 1))
                && SamTemplate.FUNCTION_TYPE.equals(template.typeOf(name.substring(0, dot)))
                && template.function(name.substring(0, dot)).property("AutoPublishAlias") != null) {
            return;
        }
        problems.add(where + ": Ref " + name + " is neither a parameter nor a resource");
    }

    private void attribute(String resource, String attribute, String where) {
        if (!template.resources().containsKey(resource)) {
            problems.add(where + ": Fn::GetAtt " + resource + "." + attribute + " names no resource");
            return;
        }
        String type = template.typeOf(resource);
        Set<String> known = ATTRIBUTES.get(type);
        if (known == null) {
            problems.add(where + ": resource type " + type + " has no attribute list here; add its attributes");
        } else if (!known.contains(attribute)) {
            problems.add(where + ": " + type + " " + resource + " has no attribute " + attribute);
        }
    }

    private void condition(Object name, String where) {
        if (name != null && !template.conditions().containsKey(String.valueOf(name))) {
            problems.add(where + ": condition " + name + " is not declared");
        }
    }
}
