package org.pdsa.local.engine.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test against a fresh local engine (random free port, temporary data directory) and
 * injects a {@code CamundaClient} (default settings, only the REST address set) and/or the
 * {@code LocalEngine} into test methods and {@code @BeforeEach} methods (not constructors: the
 * engine belongs to one test method).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(LocalEngineExtension.class)
public @interface LocalEngineTest {}
