// What the posting path and the content state machine keep true of every thread, as a query
// that lists the threads where it does not hold. Writers of data in bulk (the demo seed, the
// benchmark's generator) are checked against it, so that their set-based shortcuts cannot drift
// from what the API itself would have written.
export const THREADS_OUT_OF_STEP_SQL = `
  SELECT t.id FROM threads t
   WHERE t.reply_count <> (SELECT count(*) FROM posts p WHERE p.thread_id = t.id AND p.post_number > 1 AND p.state = 'VISIBLE')
      OR t.last_post_number <> (SELECT max(post_number) FROM posts p WHERE p.thread_id = t.id)
      OR t.question_post_id IS DISTINCT FROM (SELECT id FROM posts p WHERE p.thread_id = t.id AND p.post_number = 1)
      OR t.state IS DISTINCT FROM (SELECT state FROM posts p WHERE p.id = t.question_post_id)
      OR (t.official_answer_post_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM posts p WHERE p.id = t.official_answer_post_id AND p.thread_id = t.id AND p.state = 'VISIBLE' AND p.post_number > 1))
      OR EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = t.id AND NOT EXISTS (SELECT 1 FROM post_revisions r WHERE r.post_id = p.id))
   LIMIT 10`;
