package io.execroles.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The articles and their cited passages.
 * <p>
 * Inject it {@code @Lazy}: it needs the entity manager factory, which is built in the
 * background while the rest of the application starts (see application.properties).
 */
public interface SourceRepository extends Repository<Source, Long> {

	List<Source> findAllByOrderByDisplayOrder();

	Optional<Source> findBySlug(String slug);

	@Query("select c from Citation c join fetch c.source")
	List<Citation> findAllCitations();

}
