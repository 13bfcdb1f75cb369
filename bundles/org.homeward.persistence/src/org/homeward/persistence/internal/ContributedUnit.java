package org.homeward.persistence.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

/**
 * The one persistence unit of Homeward, assembled at start-up from the entity classes that the
 * contributions declare. One unit (rather than one per area over a shared connection) so that a
 * use case spanning areas runs on one entity manager and commits once; no entity refers to
 * another contribution's classes, so the unit only gathers them.
 */
final class ContributedUnit implements PersistenceUnitInfo {

    static final String NAME = "homeward";

    private final List<String> classes;
    private final ClassLoader loader;
    private final URL root;

    ContributedUnit(List<SchemaContribution> contributions, ClassLoader providerLoader) {
        this.classes = contributions.stream().flatMap(c -> c.entityClasses().stream()).toList();
        this.loader = new Loader(contributions, providerLoader);
        this.root = ContributedUnit.class.getProtectionDomain().getCodeSource() == null
                ? null
                : ContributedUnit.class.getProtectionDomain().getCodeSource().getLocation();
    }

    /** Finds each contribution's entity classes through that contribution's bundle. */
    private static final class Loader extends ClassLoader {

        private final List<SchemaContribution> contributions;

        Loader(List<SchemaContribution> contributions, ClassLoader parent) {
            super(parent);
            this.contributions = contributions;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            for (SchemaContribution c : contributions) {
                if (c.entityClasses().contains(name)) {
                    return c.classLoader().loadClass(name);
                }
            }
            for (SchemaContribution c : contributions) {
                try {
                    return c.classLoader().loadClass(name);
                } catch (ClassNotFoundException e) {
                    // not this contribution's: try the next
                }
            }
            throw new ClassNotFoundException(name);
        }

        /** The provider reads the entities' class files as resources, to find their annotations. */
        @Override
        protected URL findResource(String name) {
            for (SchemaContribution c : contributions) {
                URL found = c.classLoader().getResource(name);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        @Override
        protected Enumeration<URL> findResources(String name) throws IOException {
            List<URL> found = new java.util.ArrayList<>();
            for (SchemaContribution c : contributions) {
                found.addAll(java.util.Collections.list(c.classLoader().getResources(name)));
            }
            return java.util.Collections.enumeration(found);
        }
    }

    @Override
    public String getPersistenceUnitName() {
        return NAME;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return "org.eclipse.persistence.jpa.PersistenceProvider";
    }

    @Override
    public String getScopeAnnotationName() {
        return null;
    }

    @Override
    public List<String> getQualifierAnnotationNames() {
        return List.of();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return null;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return root;
    }

    @Override
    public List<String> getManagedClassNames() {
        return classes;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        // no shared cache: every transaction reads what is committed, by this workstation or another
        // (a consent withdrawn elsewhere stops a sharing here at once)
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        Properties p = new Properties();
        p.setProperty("eclipselink.ddl-generation", "none"); // the schema comes from the contributions' scripts
        p.setProperty("eclipselink.weaving", "false");
        p.setProperty("eclipselink.cache.shared.default", "false");
        p.setProperty("eclipselink.logging.level", "WARNING");
        return p;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.2";
    }

    @Override
    public ClassLoader getClassLoader() {
        return loader;
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no weaving
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return loader;
    }
}
