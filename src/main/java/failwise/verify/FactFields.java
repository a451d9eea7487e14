package failwise.verify;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the fields of a fact in declaration order: the components of a record, or the properties of a type
 * declared in DRL (a generated bean the Java side cannot name at compile time).
 */
public final class FactFields {
    private FactFields() {
    }

    /** The fact's fields by name, in the order they are declared; values as the fact holds them. */
    public static Map<String, Object> of(Object fact) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (fact == null) {
            return out;
        }
        Class<?> type = fact.getClass();
        try {
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    out.put(rc.getName(), rc.getAccessor().invoke(fact));
                }
                return out;
            }
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                Method getter = getter(type, f.getName());
                if (getter != null) {
                    out.put(f.getName(), getter.invoke(fact));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A fact we cannot read shows as its toString rather than breaking a report.
            out.put("value", String.valueOf(fact));
        }
        return out;
    }

    /** The simple type name a fact is shown with, e.g. {@code ServerCondition} for a DRL-declared type. */
    public static String typeName(Object fact) {
        return fact == null ? "null" : fact.getClass().getSimpleName();
    }

    private static Method getter(Class<?> type, String field) {
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (String name : new String[] {"get" + suffix, "is" + suffix}) {
            try {
                Method m = type.getMethod(name);
                if (m.getParameterCount() == 0) {
                    return m;
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return null;
    }
}
