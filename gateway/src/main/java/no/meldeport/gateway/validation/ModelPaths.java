package no.meldeport.gateway.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads fields of the internal model by path, over record components: {@code employer.positionPercent} reads
 * {@code employer()} and then {@code positionPercent()}. A path through a list yields one value per element, with the
 * index in the concrete path ({@code periods[1].from}). A path whose parent is null yields nothing, so a rule on a
 * nested field applies only when its parent is present.
 */
final class ModelPaths {

    /** One value found at a concrete path, with the record that contains it (null for the root itself). */
    record FieldValue(String path, Object value, Object parent) {
    }

    private ModelPaths() {
    }

    static List<FieldValue> values(Object root, String path) {
        List<FieldValue> found = new ArrayList<>();
        collect(root, null, "", path.split("\\."), 0, found);
        return found;
    }

    /** Reports whether every step of {@code path} names a record component, starting at {@code type}. */
    static boolean resolves(Class<?> type, String path) {
        Type current = type;
        for (String name : path.split("\\.")) {
            Class<?> recordType = elementClass(current);
            if (recordType == null || !recordType.isRecord()) {
                return false;
            }
            RecordComponent component = component(recordType, name);
            if (component == null) {
                return false;
            }
            current = component.getGenericType();
        }
        return true;
    }

    /** Returns the component's value: null for a missing component or a null record. */
    static Object read(Object record, String name) {
        if (record == null || !record.getClass().isRecord()) {
            return null;
        }
        RecordComponent component = component(record.getClass(), name);
        if (component == null) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + name);
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + record.getClass().getSimpleName() + "." + name, e);
        }
    }

    private static void collect(Object current, Object parent, String prefix, String[] steps, int step,
            List<FieldValue> found) {
        if (step == steps.length) {
            found.add(new FieldValue(prefix, current, parent));
            return;
        }
        if (current == null) {
            return;
        }
        if (current instanceof List<?> list) {
            for (int index = 0; index < list.size(); index++) {
                collect(list.get(index), parent, prefix + "[" + index + "]", steps, step, found);
            }
            return;
        }
        Object value = read(current, steps[step]);
        String path = prefix.isEmpty() ? steps[step] : prefix + "." + steps[step];
        collect(value, current, path, steps, step + 1, found);
    }

    private static RecordComponent component(Class<?> recordType, String name) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static Class<?> elementClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return elementClass(parameterized.getActualTypeArguments()[0]);
        }
        return null;
    }
}
