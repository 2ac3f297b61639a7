package io.execroles.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Long> {

	List<Source> findAllByOrderByDisplayOrder();

	Optional<Source> findBySlug(String slug);

	@Query("select c from Citation c join fetch c.source")
	List<Citation> findAllCitations();

}
