package io.execroles.content;

import java.util.List;
import java.util.Optional;

import io.execroles.content.ContentEntities.AspectEntity;
import io.execroles.content.ContentEntities.DivergenceEntity;
import io.execroles.content.ContentEntities.GistEntity;
import io.execroles.content.ContentEntities.GlanceEntity;
import io.execroles.content.ContentEntities.PassageEntity;
import io.execroles.content.ContentEntities.RoleEntity;
import io.execroles.content.ContentEntities.SourceEntity;
import io.execroles.content.ContentEntities.StatementEntity;
import io.execroles.content.ContentEntities.TopicEntity;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The queries that read the content into the snapshot: one per table, each fetching the
 * rows' join tables with them, so that reading all of it takes a fixed number of queries.
 */
interface ContentRepository extends Repository<SourceEntity, Long> {

	@Query("select s from Source s")
	List<SourceEntity> sources();

	@Query("select p from Passage p")
	List<PassageEntity> passages();

	@Query("select distinct r from Role r left join fetch r.summaryPassageIds left join fetch r.leadPassageIds")
	List<RoleEntity> roles();

	@Query("select distinct a from Aspect a left join fetch a.aliases")
	List<AspectEntity> aspects();

	@Query("select distinct d from Divergence d left join fetch d.passageIds")
	List<DivergenceEntity> divergences();

	@Query("select distinct s from Statement s left join fetch s.roleIds left join fetch s.passageIds")
	List<StatementEntity> statements();

	@Query("select g from GlanceLine g")
	List<GlanceEntity> glance();

	@Query("select distinct g from Gist g left join fetch g.passageIds")
	List<GistEntity> gists();

	@Query("select distinct t from UncoveredTopic t left join fetch t.words")
	List<TopicEntity> topics();

	@Query("select v.version from ContentVersion v")
	Optional<String> version();

}
