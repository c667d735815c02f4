/**
 * A child process for the library's crash test: it archives batches of posts into the data dir
 * without end, printing "committed N" after each batch's transaction returns, until the parent
 * kills it with SIGKILL — in the middle of a write, with no clean shutdown.
 */
import { libraryIn, post } from './library-fixture';

const [dataDir] = process.argv.slice(2) as [string];
const { library, clock } = libraryIn(dataDir);
for (let batch = 1; ; batch++) {
  const posts = Array.from({ length: 50 }, (_, i) => post(`batch ${batch} post ${i} quillorié`));
  library.archive.add(
    { posts, includes: { users: [], posts: [], media: [] } },
    { columnId: 'c1', accountId: 'a1' },
    clock.now(),
  );
  process.stdout.write(`committed ${batch}\n`);
}
