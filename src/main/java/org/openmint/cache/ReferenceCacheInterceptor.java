package org.openmint.cache;

import org.hibernate.Interceptor;
import org.hibernate.type.Type;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Clears the {@link ReferenceCache} whenever Hibernate writes an entity or one of its collections:
 * all reference data is changed through JPA (database cascades follow a JPA delete).
 */
@Component
class ReferenceCacheInterceptor implements Interceptor, HibernatePropertiesCustomizer {

    private final ReferenceCache cache;

    ReferenceCacheInterceptor(@Lazy ReferenceCache cache) {
        this.cache = cache;
    }

    @Override
    public void customize(java.util.Map<String, Object> properties) {
        properties.put("hibernate.session_factory.interceptor", this);
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        cache.invalidate();
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        cache.invalidate();
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        cache.invalidate();
        return false;
    }

    @Override
    public void onCollectionRecreate(Object collection, Object key) {
        cache.invalidate();
    }

    @Override
    public void onCollectionRemove(Object collection, Object key) {
        cache.invalidate();
    }

    @Override
    public void onCollectionUpdate(Object collection, Object key) {
        cache.invalidate();
    }
}
