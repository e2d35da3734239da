export const id = 569;
export const ids = [569];
export const modules = {

/***/ 5569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parsePolicy: () => (/* binding */ parsePolicy)
});

// UNUSED EXPORTS: PolicyError

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/policy/error.js
var policy_error = __webpack_require__(8460);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
// EXTERNAL MODULE: ./lib/model/types.js
var types = __webpack_require__(3356);
;// CONCATENATED MODULE: ./lib/policy/schema.js


const statusWords = schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional();
const severityOrOff = schemas/* enum */.k5n(['error', 'warning', 'notice', 'off']);
/** The policy file, `.github/evidence-gate.yml`. Every key is optional; unknown keys are errors. */
const policySchema = schemas/* strictObject */.rej({
    reports: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).optional().describe('Globs of the reports to verify.'),
    exclude: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Globs of files that are not reports (templates).'),
    'required-files': schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .optional()
        .describe('Files the repository must contain, such as the runbooks every release needs.'),
    'status-words': schemas/* strictObject */.rej({ pass: statusWords, fail: statusWords, pending: statusWords, 'not-applicable': statusWords })
        .optional()
        .describe('Extra status words or symbols, per verdict.'),
    'gate-columns': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Extra table column names that hold a gate.'),
    'gate-headings': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Extra heading words under which tables are gates.'),
    'status-columns': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe("Extra table column names that hold a row's status."),
    'note-columns': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Extra table column names read as notes on a row.'),
    'file-headings': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Extra heading and label words under which cited files are claimed.'),
    'file-columns': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Extra table column names that hold claimed files.'),
    'removal-words': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Extra words that say a cited file was removed.'),
    'set-aside-words': schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .optional()
        .describe('Extra words that set a section, a list or a table aside from the acceptance (deferred, out of scope).'),
    'sign-off-columns': schemas/* array */.YOg(schemas/* string */.YjP().min(1)).optional().describe('Extra table column names that hold signatures.'),
    'negation-words': schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .optional()
        .describe("Extra words that negate a pending word in a note, so it says nothing is waiting (aucun, sin, geen)."),
    'not-applicable': schemas/* enum */.k5n(['pass', 'fail']).optional().describe('Whether a not-applicable gate row passes.'),
    rules: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(types/* RULES */.y), severityOrOff)
        .optional()
        .describe('Severity per rule, or off.'),
    'max-report-size': schemas/* number */.aig()
        .int()
        .positive()
        .optional()
        .describe('Largest report read, in bytes; a larger one is refused unread.'),
    'allowed-repositories': schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[\w.-]+\/[\w.-]+$/, 'expected owner/repo'))
        .optional()
        .describe('Repositories whose CI runs may be cited; the current repository is always allowed.'),
})
    .describe('evidence-gate policy');

;// CONCATENATED MODULE: ./lib/policy/load.js




/** Parses and validates a policy file's text. Every problem names the key and its line. */
function parsePolicy(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const lineOf = (offset) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
    if (document.errors.length > 0) {
        const error = document.errors[0];
        throw new policy_error/* PolicyError */.p(file, lineOf(error.pos[0]), `invalid YAML: ${error.message.split('\n')[0]}`);
    }
    const value = document.toJS() ?? {};
    const result = policySchema.safeParse(value);
    if (result.success) {
        const itemLines = (key) => {
            const node = document.getIn([key], true);
            const fallback = lineOf(findKeyNode(document.contents, [key])?.range?.[0]) ?? 1;
            return ((0,dist/* isSeq */.oP)(node) ? node.items : []).map((item) => lineOf(item?.range?.[0]) ?? fallback);
        };
        const requiredLines = itemLines('required-files');
        return {
            file,
            value: result.data,
            requiredFiles: (result.data['required-files'] ?? []).map((path, index) => ({ path, line: requiredLines[index] ?? 1 })),
            reportLines: itemLines('reports'),
        };
    }
    const issue = result.error.issues[0];
    const path = issuePath(issue);
    const node = document.getIn(path, true);
    const keyNode = findKeyNode(document.contents, path);
    const line = lineOf((node ?? keyNode)?.range?.[0]) ?? lineOf(keyNode?.range?.[0]);
    throw new policy_error/* PolicyError */.p(file, line, describeIssue(issue, path));
}
function issuePath(issue) {
    const path = issue.path.filter((key) => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys')
        return [...path, issue.keys[0]];
    return path;
}
/** The key node of a path, so an unknown key points at the key itself. */
function findKeyNode(contents, path) {
    let current = contents;
    let key;
    for (const segment of path) {
        if (!(0,dist/* isMap */.jh)(current))
            return key;
        const pair = current.items.find((item) => item.key?.value === segment);
        if (!pair)
            return key;
        key = pair.key;
        current = pair.value;
    }
    return key;
}
function describeIssue(issue, path) {
    const where = path.length > 0 ? `\`${path.join('.')}\`` : 'the policy';
    if (issue.code === 'unrecognized_keys') {
        const known = path.length === 1 ? `; known keys: ${Object.keys(policySchema.shape).join(', ')}` : '';
        return `unknown key ${where}${known}`;
    }
    return `${where}: ${issue.message}`;
}


/***/ })

};
