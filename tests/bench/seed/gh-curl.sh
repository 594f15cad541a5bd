# shellcheck shell=bash
# The two `gh` commands the seed's scripts use (`gh api ENDPOINT`, `gh run list`), done with
# curl + jq and sending what the GitHub CLI sends. Sourced by runner_health_check.sh and
# monitor_jobs.sh: it defines a shell function named `gh`, so the seed's own lines run unchanged.
# Ported from cli/cli (pkg/cmd/api, pkg/cmd/run/list, pkg/cmd/run/shared/shared.go GetRuns and
# preloadWorkflowNames, pkg/cmd/workflow/shared GetWorkflows, api/http_client.go) and cli/go-gh
# (pkg/api/http_client.go resolveHeaders). Only what the seed's lines need is ported.
#
# Environment (as gh reads it):
#   GH_TOKEN, else GITHUB_TOKEN   the token (sent as "Authorization: token …", like gh; given to
#                                 curl on its standard input, never on its command line)
#   GH_API_URL                    the API base, default https://api.github.com (the simulator:
#                                 http://127.0.0.1:PORT)
#
# Every request carries gh's headers: Authorization, User-Agent "GitHub CLI <version>",
# X-GitHub-Api-Version 2022-11-28, Accept (merge-info and nebula previews), Content-Type
# application/json, Time-Zone, Accept-Encoding gzip (Go's transport). Like gh without --cache,
# it sends no If-None-Match: GitHub answers every request in full and charges it.

_gh_version=2.46.0
_gh_base=${GH_API_URL:-https://api.github.com}
_gh_base=${_gh_base%/}
_gh_tz=$(readlink /etc/localtime 2>/dev/null | sed -n 's|.*/zoneinfo/||p')
_gh_tmp=$(mktemp -d "${TMPDIR:-/tmp}/seed-gh.XXXXXX")
trap 'rm -rf "$_gh_tmp"' EXIT

# GET url: body in $_gh_tmp/body, headers in $_gh_tmp/headers, status in _gh_status.
_gh_get() {
    local token=${GH_TOKEN:-${GITHUB_TOKEN:-}}
    _gh_status=$(
        if [ -n "$token" ]; then printf 'header = "Authorization: token %s"\n' "$token"; fi |
            curl --silent --show-error --compressed --config - \
                -H "User-Agent: GitHub CLI $_gh_version" \
                -H "X-GitHub-Api-Version: 2022-11-28" \
                -H "Accept: application/vnd.github.merge-info-preview+json, application/vnd.github.nebula-preview" \
                -H "Content-Type: application/json; charset=utf-8" \
                ${_gh_tz:+-H "Time-Zone: $_gh_tz"} \
                -H "Accept-Encoding: gzip" \
                -D "$_gh_tmp/headers" -o "$_gh_tmp/body" -w '%{http_code}' "$1"
    ) || return 1
}

_gh_next_link() {
    sed -n 's/^[Ll]ink: //p' "$_gh_tmp/headers" | tr ',' '\n' |
        sed -n 's/^ *<\([^>]*\)>; *rel="next".*/\1/p'
}

_gh_failed() { # what gh prints to stderr for an answer >= 400: PREFIX message SUFFIX
    printf '%s%s%s\n' "$1" "$(jq -r '.message // empty' "$_gh_tmp/body" 2>/dev/null)" "${2:-}" >&2
}

# gh api ENDPOINT (GET, no flags: all the seed uses). Like gh, the body goes to stdout even when
# the answer is an error; the message goes to stderr and the exit status is 1.
_gh_api() {
    local endpoint=${1#/}
    _gh_get "$_gh_base/$endpoint" || return 1
    cat "$_gh_tmp/body"
    if [ "$_gh_status" -ge 400 ]; then
        _gh_failed "gh: " " (HTTP $_gh_status)"
        return 1
    fi
}

_gh_urlencode() { # url.QueryEscape, in bash (no process per call)
    local s=$1 out="" c i
    for ((i = 0; i < ${#s}; i++)); do
        c=${s:i:1}
        case $c in
        [a-zA-Z0-9._~-]) out+=$c ;;
        " ") out+=+ ;;
        *) out+=$(printf '%%%02X' "'$c") ;;
        esac
    done
    printf '%s' "$out"
}

# gh run list --repo R [--status S] [--created D] [--limit N] [--json fields], as gh does it:
# runs?per_page=min(N,100)&exclude_pull_requests=true&…, following rel="next" until N runs;
# then, when any run came back, every workflow of the repository (per_page=100, page by page)
# and each workflow a run names that the list lacks (workflows/{id}), for the names.
_gh_run_list() {
    local repo="" status="" created="" limit=20 json="" count=0
    while [ $# -gt 0 ]; do
        case $1 in
        --repo | -R) repo=$2 ;;
        --status | -s) status=$2 ;;
        --created) created=$2 ;;
        --limit | -L) limit=$2 ;;
        --json) json=$2 ;;
        *)
            echo "gh-curl: gh run list $1 is not ported" >&2
            return 1
            ;;
        esac
        shift 2
    done
    local per_page=$limit
    [ "$limit" -gt 100 ] && per_page=100
    local url="$_gh_base/repos/$repo/actions/runs?per_page=$per_page&exclude_pull_requests=true"
    [ -n "$status" ] && url+="&status=$(_gh_urlencode "$status")"
    [ -n "$created" ] && url+="&created=$(_gh_urlencode "$created")"

    echo '[]' >"$_gh_tmp/runs"
    while [ -n "$url" ]; do
        _gh_get "$url" || return 1
        if [ "$_gh_status" -ge 400 ]; then
            _gh_failed "failed to get runs: HTTP $_gh_status: "
            return 1
        fi
        # The fields gh's Run struct keeps; the count first, then the runs so far.
        jq -c --slurpfile acc "$_gh_tmp/runs" --argjson limit "$limit" '
            ($acc[0] + [.workflow_runs[] | {id, name, display_title, status,
                conclusion: (.conclusion // ""), event, workflow_id, head_branch, head_sha,
                created_at, updated_at, run_started_at, run_number, run_attempt,
                html_url, commit: (.head_commit.message // "")}])[:$limit] | length, .' \
            "$_gh_tmp/body" >"$_gh_tmp/runs.next" || return 1
        { read -r count && cat >"$_gh_tmp/runs"; } <"$_gh_tmp/runs.next"
        [ "$count" -ge "$limit" ] && break
        url=$(_gh_next_link)
    done

    if [ "$count" -gt 0 ]; then
        _gh_workflow_names "$repo" || return 1
    else
        echo '[]' >"$_gh_tmp/workflows"
    fi

    if [ "$count" -eq 0 ]; then # no runs: nothing when not a terminal; [] for --json
        if [ -n "$json" ]; then echo '[]'; fi
        return 0
    fi
    if [ -n "$json" ]; then
        jq -c --arg fields "$json" --slurpfile wf "$_gh_tmp/workflows" '
            (INDEX($wf[0][]; .id | tostring)) as $names
            | [.[] | {conclusion, status, event, name, displayTitle: .display_title,
                      databaseId: .id, workflowDatabaseId: .workflow_id,
                      workflowName: ($names[.workflow_id | tostring].name // ""),
                      headBranch: .head_branch, headSha: .head_sha, createdAt: .created_at,
                      updatedAt: .updated_at, startedAt: .run_started_at,
                      number: .run_number, attempt: .run_attempt, url: .html_url}
                   | with_entries(select(.key as $k | $fields | split(",") | index($k)))]' \
            "$_gh_tmp/runs"
        return
    fi
    # Not a terminal: one tab-separated line per run, no header (and nothing for no runs).
    jq -r --slurpfile wf "$_gh_tmp/workflows" '
        def dur: if . >= 3600 then "\(. / 3600 | floor)h\(. % 3600 / 60 | floor)m\(. % 60)s"
                 elif . >= 60 then "\(. / 60 | floor)m\(. % 60)s" else "\(.)s" end;
        (INDEX($wf[0][]; .id | tostring)) as $names
        | .[] | [.status, .conclusion,
                 (if .display_title != "" then .display_title else (.commit | split("\n")[0]) end),
                 ($names[.workflow_id | tostring].name // ""), .head_branch, .event, (.id | tostring),
                 (((.updated_at | fromdate) - (.created_at | fromdate)) | if . < 0 then 0 else . end | dur),
                 ((now - (.created_at | fromdate)) / 60 | floor | "\(.)m")]
        | @tsv' "$_gh_tmp/runs"
}

# preloadWorkflowNames: GetWorkflows(limit 0), then GetWorkflow for each id the list lacks.
_gh_workflow_names() {
    local repo=$1 page=1 count id
    echo '[]' >"$_gh_tmp/workflows"
    while :; do
        _gh_get "$_gh_base/repos/$repo/actions/workflows?per_page=100&page=$page" || return 1
        if [ "$_gh_status" -ge 400 ]; then
            _gh_failed "failed to get runs: HTTP $_gh_status: "
            return 1
        fi
        jq -c --slurpfile acc "$_gh_tmp/workflows" \
            '(.workflows | length), $acc[0] + [.workflows[] | {id, name}]' \
            "$_gh_tmp/body" >"$_gh_tmp/workflows.next" || return 1
        { read -r count && cat >"$_gh_tmp/workflows"; } <"$_gh_tmp/workflows.next"
        [ "$count" -lt 100 ] && break
        page=$((page + 1))
    done
    for id in $(jq -r --slurpfile wf "$_gh_tmp/workflows" \
        '[.[].workflow_id] | unique - [$wf[0][].id] | .[]' "$_gh_tmp/runs"); do
        _gh_get "$_gh_base/repos/$repo/actions/workflows/$id" || return 1
        if [ "$_gh_status" -ge 400 ]; then
            _gh_failed "failed to get runs: HTTP $_gh_status: "
            return 1
        fi
        jq -c --slurpfile acc "$_gh_tmp/workflows" '$acc[0] + [{id, name}]' "$_gh_tmp/body" \
            >"$_gh_tmp/workflows.next" && mv "$_gh_tmp/workflows.next" "$_gh_tmp/workflows"
    done
}

gh() {
    case "$1 ${2:-}" in
    "api "*) _gh_api "${@:2}" ;;
    "run list") _gh_run_list "${@:3}" ;;
    *)
        echo "gh-curl: gh $* is not ported (only what the seed's scripts use)" >&2
        return 1
        ;;
    esac
}
