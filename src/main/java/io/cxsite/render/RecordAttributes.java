package io.cxsite.render;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code card.name} on a record of {@link PartialModel} or {@link TemplateModel}: the component's
 * accessor, found once per record class and called through a method handle. Pebble's own resolver
 * finds the same accessor but asks reflection for it on every access (a copied parameter array and
 * a reflective call each time), which cost a report page more than its template's text. Pebble
 * too takes {@code name()} before a {@code getName()} beside it ({@code RecordAttributesTest});
 * anything not a record component is left to Pebble's resolver.
 */
final class RecordAttributes extends AbstractExtension implements AttributeResolver {
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /** The accessors of each class seen, by component name (none unless a record). */
    private final Map<Class<?>, Map<String, MethodHandle>> accessors = new ConcurrentHashMap<>();

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(this);
    }

    @Override
    public ResolvedAttribute resolve(Object instance, Object attribute, Object[] arguments, ArgumentsNode args,
            EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance == null || !(attribute instanceof String name) || (arguments != null && arguments.length > 0)) {
            return null;
        }
        Map<String, MethodHandle> ofClass = accessors.get(instance.getClass());
        if (ofClass == null) {
            ofClass = accessors.computeIfAbsent(instance.getClass(), RecordAttributes::accessorsOf);
        }
        MethodHandle accessor = ofClass.get(name);
        if (accessor == null) {
            return null;
        }
        try {
            return new ResolvedAttribute((Object) accessor.invokeExact(instance));
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            // As Pebble's resolver does: a failing accessor is a template problem at its file and line.
            throw new PebbleException(e, "Could not access attribute [" + name + "]", lineNumber, filename);
        }
    }

    // None for a class that is not a record: asked once per class, as Class.isRecord is slow.
    private static Map<String, MethodHandle> accessorsOf(Class<?> type) {
        if (!type.isRecord()) {
            return Map.of();
        }
        Map<String, MethodHandle> found = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            try {
                Method method = component.getAccessor();
                method.setAccessible(true);
                found.put(name, MethodHandles.lookup().unreflect(method).asType(GETTER));
            } catch (IllegalAccessException | RuntimeException e) {
                // Pebble's resolver reads it instead, or says why it cannot.
            }
        }
        return Map.copyOf(found);
    }
}
