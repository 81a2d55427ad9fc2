// Top actors: the busiest actors, with bloc and PageRank where stored.
// bloc and pagerank come from `graphctl alliances --write` and `graphctl centrality --write`.
// Params: limit (int, default 20)
// Neo4j Browser: :param limit => 20
MATCH (a:Actor)
WITH a, COUNT { (a)-[r]->() WHERE r.id IS NOT NULL } + COUNT { (a)<-[r]-() WHERE r.id IS NOT NULL } AS events
WHERE events > 0
RETURN a.id AS actor, coalesce(a.name, a.id) AS name, a.kind AS kind, a.state AS state,
       events, a.bloc AS bloc, a.pagerank AS pagerank
ORDER BY events DESC, actor
LIMIT $limit
