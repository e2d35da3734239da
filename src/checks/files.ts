import {posix} from 'node:path';
import type {FileCitation, ReportModel} from '../model/types.js';
import type {RunSetting} from './facts.js';
import type {FindingList} from './findings.js';
import {resolveCitedPath} from './paths.js';
import type {FileResolver} from './resolver.js';

/** Whether each cited file was found, for the report's JSON and summary. */
export interface FileStatus {
  citation: FileCitation;
  /** The repository path it resolved to, when it did. */
  path?: string;
  exists: boolean;
}

/**
 * Checks every cited file. Claims must exist (`file-missing`), relative links must point at
 * something (`link-broken`), mentions that resolve nowhere are warnings (`file-mention-missing`), and
 * a path that leaves the repository is an error that is never looked up (`path-outside-root`).
 */
export function checkFiles(model: ReportModel, resolver: FileResolver, findings: FindingList, setting: Pick<RunSetting, 'repository' | 'serverHost'>): FileStatus[] {
  return model.files.flatMap((citation) => {
    if (citation.repository !== undefined) {
      const status = checkFileUrl(citation, resolver, findings, setting);
      return status ? [status] : [];
    }
    const resolved = resolveCitedPath(citation.cited, citation.base, model.path, citation.link);
    const at = {line: citation.line, column: citation.column, subject: citation.cited};
    if (!resolved.inside && citation.cited.startsWith('/')) {
      // `/docs/overview.md` in code, as a link would mean it: from the root, when it is there.
      const fromRoot = resolveCitedPath(citation.cited, 'root', model.path, true);
      if (fromRoot.inside && isPresent(resolver.kind(fromRoot.path))) return [{citation, path: fromRoot.path, exists: true}];
      // `/healthz/deep`: an endpoint, unless the repository has its first folder.
      if (fromRoot.inside && !SYSTEM_FOLDER.test(citation.cited) && namesSomethingElse(citation, fromRoot.path, resolver)) return [];
    }
    if (!resolved.inside && !citation.link && SYSTEM_FOLDER.test(citation.cited)) {
      // `/var/log/app.log`, `/etc/nginx/nginx.conf`: where a server keeps its files, which a report cites
      // to say where something lives; worth a look, not a failed check.
      findings.add('path-outside-root', 'warning', {...at, message: onMachine(citation.cited)});
      return {citation, exists: false};
    }
    if (!resolved.inside) {
      findings.add('path-outside-root', 'error', {...at, message: leavesRoot(citation.cited, resolved.reason)});
      return {citation, exists: false};
    }
    const found = locate(citation, resolved.path, model.path, resolver);
    if (found.outside) {
      findings.add('path-outside-root', 'error', {...at, message: throughLinkOut(citation.cited)});
      return {citation, exists: false};
    }
    if (found.path !== undefined) {
      checkLines(citation, found.path, resolver, findings);
      return {citation, path: found.path, exists: true};
    }
    if (namesSomethingElse(citation, resolved.path, resolver)) return [];
    if (citation.link) {
      const rootPath = resolveCitedPath(citation.cited.replace(/^(\.\.\/)+/, ''), 'root', model.path, false);
      const hint =
        rootPath.inside && rootPath.path && isPresent(resolver.kind(rootPath.path))
          ? ` \`${rootPath.path}\` exists at the repository root: from ${posix.dirname(model.path)}/ the link should be \`${posix.relative(posix.dirname(model.path), rootPath.path)}\`.`
          : ' Fix the link or add the file.';
      findings.add('link-broken', 'error', {...at, message: `Link target \`${citation.cited}\` does not exist (resolved to \`${resolved.path}\`).${hint}`});
    } else {
      // `infra\k8s\hpa.yaml`, `src/x.ts#L5`: say which path was looked for.
      const read = resolved.path !== citation.cited.replace(/^\.\//, '').replace(/\/+$/, '') ? ` (read as \`${resolved.path}\`)` : '';
      if (citation.kind === 'claim') {
        findings.add('file-missing', 'error', {
          ...at,
          message: `Claimed file \`${citation.cited}\`${read} does not exist in the repository. Add it in this change, or correct the path in the report.`,
        });
      } else {
        findings.add('file-mention-missing', 'warning', {...at, message: `Mentioned file \`${citation.cited}\`${read} was not found in the repository.`});
      }
    }
    return {citation, path: resolved.path, exists: false};
  });
}

const isPresent = (kind: ReturnType<FileResolver['kind']>) => kind === 'file' || kind === 'directory';

/**
 * A citation of lines (`src/audit_trail.py:940`, `#L40-L88`) must point inside the file: a line past its end
 * was cited from another version of it, so what the report says is there is not. A warning: code moves under
 * a report written months ago, and the file is there (a policy can make it an error).
 */
function checkLines(citation: FileCitation, path: string, resolver: FileResolver, findings: FindingList): void {
  if (!citation.lines) return;
  const count = resolver.lineCount(path);
  if (count === undefined || citation.lines.to <= count) return;
  const cited = citation.lines.from === citation.lines.to ? `line ${citation.lines.to}` : `lines ${citation.lines.from}-${citation.lines.to}`;
  findings.add('file-line-missing', 'warning', {
    line: citation.line,
    column: citation.column,
    subject: citation.cited,
    message: `\`${citation.cited}\` is cited at ${cited}, but it has ${count} ${count === 1 ? 'line' : 'lines'} in this change: the report points at a version of it that is not here. Cite the lines as they are now.`,
  });
}

/**
 * A path whose form also names something else (`release/2024.10`, `deployment/api`,
 * `ghcr.io/acme/billing`, see `FileCitation.reference`) is that other thing when the repository has no
 * such first folder: it is not a file to look for.
 */
function namesSomethingElse(citation: FileCitation, path: string, resolver: FileResolver): boolean {
  return citation.reference === true && !isPresent(resolver.kind(path.split('/')[0]));
}

/**
 * A GitHub file URL of the repository being verified, on its main line, must name a file or folder
 * of the workspace. One at a commit or a tag names the file as it was then, and another branch
 * (`gh-pages`) is not checked out; those, other repositories' and an unknown one's (offline without a
 * repository) are not checked. A URL in running text that is not claimed is a mention: a warning.
 */
function checkFileUrl(citation: FileCitation, resolver: FileResolver, findings: FindingList, setting: Pick<RunSetting, 'repository' | 'serverHost'>): FileStatus | undefined {
  const repository = setting.repository?.toLowerCase();
  if (!repository || citation.repository!.toLowerCase() !== repository || citation.host !== setting.serverHost) return undefined;
  const [ref, ...rest] = citation.cited.split('/');
  if (!MAIN_LINE.test(ref) || rest.length === 0) return undefined;
  const at = {line: citation.line, column: citation.column, subject: citation.cited};
  const resolved = resolveCitedPath(rest.join('/'), 'root', '', true);
  if (!resolved.inside) {
    findings.add('path-outside-root', 'error', {...at, message: leavesRoot(citation.cited, resolved.reason)});
    return {citation, exists: false};
  }
  const kind = resolver.kind(resolved.path);
  if (kind === 'outside') {
    findings.add('path-outside-root', 'error', {...at, message: throughLinkOut(resolved.path)});
    return {citation, exists: false};
  }
  if (isPresent(kind)) return {citation, path: resolved.path, exists: true};
  if (citation.kind === 'claim') {
    findings.add('link-broken', 'error', {...at, message: `GitHub link to \`${resolved.path}\` (${citation.repository}) does not exist in the repository. Fix the link or add the file.`});
  } else {
    findings.add('file-mention-missing', 'warning', {...at, message: `Mentioned file \`${resolved.path}\` (a GitHub link to ${citation.repository}) was not found in the repository.`});
  }
  return {citation, path: resolved.path, exists: false};
}

/** The branch names a report links to for the current state of a repository. */
const MAIN_LINE = /^(?:main|master|trunk|develop|HEAD)$/;

/** The folders of a machine's own file system, not of a repository. */
const SYSTEM_FOLDER = /^\/(?:var|etc|usr|opt|tmp|srv|proc|sys|dev|run|mnt|boot)\//;

const onMachine = (cited: string) =>
  `\`${cited}\` is a path on a machine, not in the repository: it was not checked. Cite the repository's copy if the report delivers the file.`;

const leavesRoot = (cited: string, reason: string) => `\`${cited}\` ${reason}: evidence-gate only reads files inside the repository. Cite a path inside it.`;

const throughLinkOut = (path: string) => `\`${path}\` goes through a symbolic link that leads out of the repository (or loops); it was not read.`;

/**
 * Where a cited path is. Links must hit exactly; code paths are tried from the root, then from the
 * report's folder; a bare file name also resolves when that name exists anywhere in the repository.
 */
function locate(citation: FileCitation, path: string, reportPath: string, resolver: FileResolver): {path?: string; outside?: boolean} {
  const candidates = [path];
  if (!citation.link) {
    const fromReport = resolveCitedPath(citation.cited, 'report', reportPath, false);
    if (fromReport.inside && fromReport.path !== path) candidates.push(fromReport.path);
  }
  for (const candidate of candidates) {
    const kind = resolver.kind(candidate);
    if (kind === 'outside') return {outside: true};
    if (isPresent(kind)) return {path: candidate};
  }
  if (!citation.link && !/[/\\]/.test(citation.cited)) {
    const matches = resolver.byName(citation.cited);
    if (matches.length > 0) return {path: matches[0]};
  }
  return {};
}
