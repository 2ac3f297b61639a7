package io.execroles.role;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Every query a page needs, each fetching what the page shows in one statement, so that
 * the number of queries per page does not grow with the number of roles, aspects or
 * citations.
 * <p>
 * Inject it {@code @Lazy}: it needs the entity manager factory, which is built in the
 * background while the rest of the application starts (see application.properties).
 */
public interface RoleRepository extends Repository<Role, Long> {

	List<Role> findAllByOrderByDisplayOrder();

	/** Every role with its summary's passages, and its gists with theirs. */
	@Query("""
			select distinct r from Role r
			left join fetch r.summaryCitations c
			left join fetch c.source
			left join fetch r.gists g
			left join fetch g.aspect
			left join fetch g.citations gc
			left join fetch gc.source
			order by r.displayOrder""")
	List<Role> findAllWithSummaryCitations();

	@Query("""
			select a from Aspect a
			left join fetch a.divergenceCitations c
			left join fetch c.source
			order by a.displayOrder""")
	List<Aspect> findAllAspects();

	/**
	 * Every aspect with its divergence note's passages and its roles' gists with theirs,
	 * for the comparison and its glance.
	 */
	@Query("""
			select distinct a from Aspect a
			left join fetch a.divergenceCitations c
			left join fetch c.source
			left join fetch a.gists g
			left join fetch g.role
			left join fetch g.citations gc
			left join fetch gc.source
			order by a.displayOrder""")
	List<Aspect> findAllAspectsWithGists();

	/**
	 * The statements that any of the roles holds, each with all its roles, so that shared
	 * ground shows.
	 */
	@Query("""
			select s from Statement s
			join fetch s.aspect a
			left join fetch a.divergenceCitations
			join fetch s.roles
			join fetch s.citations c
			join fetch c.source
			where exists (select 1 from Statement held join held.roles r where held = s and r.slug in :slugs)
			order by s.displayOrder""")
	List<Statement> findStatementsHeldByAnyOf(Collection<String> slugs);

	/** The statements that cite any passage of the source. */
	@Query("""
			select s from Statement s
			join fetch s.aspect
			join fetch s.roles
			join fetch s.citations c
			join fetch c.source
			where exists (select 1 from Statement citing join citing.citations cc
			              where citing = s and cc.source.slug = :sourceSlug)
			order by s.displayOrder""")
	List<Statement> findStatementsCiting(String sourceSlug);

}
