/**
 * The environment of a command a test runs (the CLI, npm, git, a shell script): no colours, and git with a fixed
 * identity and neither the user's nor the system's configuration, so that a commit works on any machine and the
 * output depends on nothing of it.
 *
 * @param extra - variables to set on top (a test that checks colours passes its own FORCE_COLOR)
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}
