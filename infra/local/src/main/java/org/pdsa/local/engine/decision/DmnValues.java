package org.pdsa.local.engine.decision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.valuemapper.ValueMapper;
import org.pdsa.local.engine.feel.FeelValues;
import scala.jdk.javaapi.CollectionConverters;

/** Turns what dmn-engine returns (FEEL values, Scala collections and numbers) into the engine's JSON-shaped values. */
final class DmnValues {
    private static final ValueMapper UNPACK = ValueMapper.defaultValueMapper();

    private DmnValues() {}

    static Object toJson(Object value) {
        if (value instanceof Val val) {
            Object unpacked = UNPACK.unpackVal(val);
            // errors and other values without a plain form come back as themselves: show their text
            return unpacked instanceof Val ? val.toString() : toJson(unpacked);
        }
        if (value instanceof scala.Option<?> option) return option.isEmpty() ? null : toJson(option.get());
        if (value instanceof scala.collection.Map<?, ?> map) return toJsonMap(CollectionConverters.asJava(map));
        if (value instanceof scala.collection.Iterable<?> items) return toJsonList(CollectionConverters.asJava(items));
        if (value instanceof Map<?, ?> map) return toJsonMap(map);
        if (value instanceof Collection<?> items) return toJsonList(items);
        return FeelValues.toJsonValue(value);
    }

    private static Map<String, Object> toJsonMap(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), toJson(v)));
        return out;
    }

    private static List<Object> toJsonList(Iterable<?> items) {
        List<Object> out = new ArrayList<>();
        for (Object item : items) out.add(toJson(item));
        return out;
    }
}
