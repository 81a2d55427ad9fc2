// The alliance picture: blocs and the ties within and across them.
// Blocs are those stored by `graphctl alliances --write` (node property bloc; -1 unaligned);
// for each pair of blocs: their members and how many events between them were cooperative
// or conflictual. Officials count with the state they represent.
// Params: none
// Neo4j Browser, to draw it: MATCH p = (a:Actor)-[r]-(b:Actor) WHERE a.bloc >= 0 AND b.bloc >= 0 RETURN p
MATCH (x:Actor)-[r]->(y:Actor)
WHERE r.id IS NOT NULL
OPTIONAL MATCH (x)-[:REPRESENTS]->(xs:Actor)
OPTIONAL MATCH (y)-[:REPRESENTS]->(ys:Actor)
WITH coalesce(x.bloc, xs.bloc) AS bloc_from, coalesce(y.bloc, ys.bloc) AS bloc_to, r
WHERE bloc_from IS NOT NULL AND bloc_to IS NOT NULL AND bloc_from <> -1 AND bloc_to <> -1
WITH CASE WHEN bloc_from <= bloc_to THEN bloc_from ELSE bloc_to END AS bloc_a,
     CASE WHEN bloc_from <= bloc_to THEN bloc_to ELSE bloc_from END AS bloc_b, r
WITH bloc_a, bloc_b, count(r) AS events,
     sum(CASE WHEN r.polarity > 0 THEN 1 ELSE 0 END) AS cooperative,
     sum(CASE WHEN r.polarity < 0 THEN 1 ELSE 0 END) AS conflictual
CALL {
  WITH bloc_a
  MATCH (m:Actor) WHERE m.bloc = bloc_a
  WITH m ORDER BY m.id
  RETURN collect(m.id) AS members_a
}
CALL {
  WITH bloc_b
  MATCH (m:Actor) WHERE m.bloc = bloc_b
  WITH m ORDER BY m.id
  RETURN collect(m.id) AS members_b
}
RETURN bloc_a, bloc_b, CASE WHEN bloc_a = bloc_b THEN 'within' ELSE 'across' END AS ties,
       events, cooperative, conflictual, members_a, members_b
ORDER BY bloc_a, bloc_b
