package org.pdsa.local.engine.feel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns FEEL results into the JSON-shaped values the engine stores (null, Boolean, Long, Double,
 * String, List, Map), as Zeebe stores variables as documents: whole numbers become Long, temporal
 * values their ISO text.
 */
public final class FeelValues {
    private FeelValues() {}

    public static Object toJsonValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) return value;
        if (value instanceof Integer || value instanceof Long) return value;
        if (value instanceof BigDecimal d) return number(d);
        if (value instanceof BigInteger i) return number(new BigDecimal(i));
        if (value instanceof Double || value instanceof Float) return number(BigDecimal.valueOf(((Number) value).doubleValue()));
        if (value instanceof Number n) return number(new BigDecimal(n.toString()));
        if (value instanceof scala.math.BigDecimal d) return number(d.bigDecimal());
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), toJsonValue(v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            var out = new ArrayList<Object>(list.size());
            for (Object item : list) out.add(toJsonValue(item));
            return out;
        }
        if (value instanceof TemporalAccessor || value instanceof TemporalAmount) return value.toString();
        return value.toString();
    }

    private static Object number(BigDecimal d) {
        try {
            return d.longValueExact();
        } catch (ArithmeticException notWhole) {
            return d.doubleValue();
        }
    }

    /** The FEEL type name Zeebe uses in messages ("NULL", "BOOLEAN", "NUMBER", "STRING", ...). */
    public static String typeName(Object value) {
        if (value == null) return "NULL";
        if (value instanceof Boolean) return "BOOLEAN";
        if (value instanceof Number) return "NUMBER";
        if (value instanceof String) return "STRING";
        if (value instanceof Map) return "CONTEXT";
        if (value instanceof Collection) return "LIST";
        return value.getClass().getSimpleName().toUpperCase();
    }
}
