package org.pdsa.local.template;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation (SAM) template in YAML into plain maps and lists, turning the short forms of the
 * intrinsic functions ({@code !Ref X}, {@code !Sub ...}, {@code !GetAtt A.B}, ...) into their long forms
 * ({@code {Ref: X}}, {@code {Fn::Sub: ...}}, {@code {Fn::GetAtt: [A, B]}}), as CloudFormation does.
 */
final class CloudFormationYaml {

    /** The functions with a short form in YAML; all but Ref and Condition are {@code Fn::Name} in long form. */
    static final List<String> SHORT_FORMS = List.of("Ref", "Condition", "Sub", "GetAtt", "If", "Equals", "Not", "And",
            "Or", "Split", "Select", "Join", "GetAZs", "ImportValue", "FindInMap", "Base64", "Cidr", "Transform",
            "ToJsonString", "Length");

    private CloudFormationYaml() {}

    static Map<String, Object> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object document = new Yaml(new IntrinsicConstructor(new LoaderOptions())).load(in);
            if (!(document instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + " is not a YAML mapping");
            }
            return stringKeys(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> result.put(String.valueOf(key), value));
        return result;
    }

    /** SnakeYAML's safe constructor plus one construct per intrinsic function tag. */
    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            for (String function : SHORT_FORMS) {
                yamlConstructors.put(new Tag("!" + function), new Intrinsic(function));
            }
        }

        private final class Intrinsic extends AbstractConstruct {
            private final String function;

            Intrinsic(String function) {
                this.function = function;
            }

            @Override
            public Object construct(Node node) {
                Object argument;
                if (node instanceof ScalarNode scalar) {
                    String text = constructScalar(scalar);
                    // !GetAtt Resource.Attribute is the short form of [Resource, Attribute]
                    argument = "GetAtt".equals(function) && text.contains(".")
                            ? List.of(text.substring(0, text.indexOf('.')), text.substring(text.indexOf('.') + 1))
                            : text;
                } else if (node instanceof SequenceNode sequence) {
                    argument = constructSequence(sequence);
                } else {
                    argument = constructMapping((MappingNode) node);
                }
                String key = "Ref".equals(function) || "Condition".equals(function) ? function : "Fn::" + function;
                Map<String, Object> intrinsic = new LinkedHashMap<>();
                intrinsic.put(key, argument);
                return intrinsic;
            }
        }
    }
}
