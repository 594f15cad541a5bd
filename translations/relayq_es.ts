<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>relayq</name>
    <message>
        <source>Input “%1” has the unknown type “%2”; it is treated as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input “%1” says required: “%2”, which is neither true nor false; it is treated as not required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of input “%1” is not a single value; it is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default of boolean input “%1” is “%2”, not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice input “%1” has no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default “%1” of choice input “%2” is not among its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow’s workflow_dispatch inputs (line %1) are not a list of named inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input “%1” of the workflow (line %2) is not described by a map of type, description, required and default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow declares %1 inputs; GitHub accepts at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow file does not describe a workflow (it is not a map of keys such as name, on and jobs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow’s workflow_dispatch trigger (line %1) is neither empty nor a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an input of this workflow (did you mean “%2”?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an input of this workflow; it takes no inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an input of this workflow; its inputs are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input “%1” is required and may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input “%1” is a boolean: “%2” is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input “%1” must be one of %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input “%1” is a number: “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) is not installed or could not be started (%1). Install it from https://cli.github.com and run “%2”, or paste a token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) gave no answer within %1 seconds. Run “gh auth token --hostname %2” in a terminal to see what it waits for, or paste a token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) is not logged in to %1 (gh said: %2). Run “%3”, or paste a token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) printed no token for %1. Run “%2”, or paste a token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for %1 is stored in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available: the Secret Service (gnome-keyring or KWallet) is not running. Start it, or keep the token in memory for this session only. (Keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain refused access: it is locked or access was denied. Unlock it (for example by logging in to your desktop keyring) and try again, or keep the token in memory for this session only. (Keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain failed: %1. Try again, or keep the token in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify = &quot;%1&quot; is not true or false, so it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debug = &quot;%1&quot; is not true or false, so it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is read-only or its folder cannot be written. Make them writable and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner %1: auto_recovery must be true or false; &quot;%2&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: %3 That binding is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be repositories (owner/repo) or organisations (org); &quot;%2&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must each be listed once; %2 was given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be among %2; &quot;%3&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be blank or start or end with a space; &quot;%2&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be full paths; &quot;%2&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be written workflow=seconds; &quot;%2&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the name of a workflow; &quot;%2&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given for &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must name each workflow once; &quot;%2&quot; was given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2; &quot;%3&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be empty (follow the system) or a language name such as de or pt_BR; &quot;%2&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner folder must be a full path; &quot;%1&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the SSH destination, such as ci@build-host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH destination must not start with &apos;-&apos;; &quot;%1&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH destination must not contain spaces; &quot;%1&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the runner folder on that host, or the name of its service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own commands need a start command and a stop command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No online runner for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been queued too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many runs fail in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No online runner in pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-hosted runners registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 runners online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no runners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 queued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued, longest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last update %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a repository: &quot;%1&quot;. Write it as OWNER/REPO, e.g. octocat/hello-world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an organisation name: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no status command is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status command is configured for this runner&apos;s service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is running (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is stopped (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status command failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start command is configured for this runner&apos;s service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start command failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stop command is configured for this runner&apos;s service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop command failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service %1 is not installed (systemd knows no such unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is stopped (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LaunchAgent %1 is not installed (launchd does not know it and %2 does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points outside the runner directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a runner configuration file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH host is given: write it as [user@]host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” starts with a dash, which ssh would read as an option, not a host. Write the host as [user@]host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH destination contains a space or a control character. Write it as [user@]host[:port], without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which a shell would interpret. An SSH destination only holds letters, digits and . _ - (written [user@]host[:port]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains more than one @. Write the host as [user@]host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service %1 is not installed (the service manager knows no such service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not stop (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq-tray</name>
    <message>
        <source>Could not claim the single-instance socket; continuing anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::AccountCheck</name>
    <message>
        <source>no scopes</source>
        <comment>what a classic token has</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation %1 was not found, or this token cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found, or this token cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private repositories need the repo scope, which this classic token lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fine-grained token sees only the repositories chosen when it was created, and public ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing runners of %1 needs the Administration: read permission (fine-grained) or the repo scope and admin rights on the repository (classic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This classic token lacks the repo scope (it has: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This classic token has the repo scope, so the account it belongs to lacks admin rights on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading workflow runs of %1 needs the Actions: read permission (fine-grained) or the repo scope (classic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatching workflows needs the repo scope, which this classic token lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatching workflows needs the Actions: write permission; it cannot be checked without dispatching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatching workflows needs the Actions: write permission (fine-grained) or the repo scope (classic); it cannot be checked without dispatching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing runners of the organisation %1 needs the Self-hosted runners: read organisation permission (fine-grained) or the admin:org scope (classic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This classic token has neither admin:org nor manage_runners:org (it has: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This classic token has the %1 scope, so the account it belongs to is not an owner of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about the token&apos;s owner (/user) names no login. Check the API address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::AccountPage</name>
    <message>
        <source>Results of the connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GitHub.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub &amp;Enterprise Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Enterprise Server host or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the host of your GitHub Enterprise Server, such as github.example.com, or choose GitHub.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet. Use Replace token… to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token from %1, belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable wins while it is set: Replace token and Remove token change only the token kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the new host first; its token is kept under that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to test. Use Replace token… to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not answer as expected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token belongs to %1 (%2 token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets to check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new token is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the token kept for %1? RelayQ stops checking until you add one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::ActivityModel</name>
    <message>
        <source>Run or job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress, stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::AlertModel</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::ApiBase</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter the API address, for example https://api.github.com or https://HOST/api/v3 for GitHub Enterprise Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password. Enter it without them and give the token separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; must not contain &quot;?&quot; or &quot;#&quot;. Enter only the address, for example https://api.github.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ refuses to send the token over plain http to %1: anyone on the way could read it. Use the https:// address of the API instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address. Enter the API address, for example https://api.github.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::ApiErrorClassifier</name>
    <message>
        <source> GitHub said: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer %2 in time. Check your network or proxy; RelayQ will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 for %2 failed (%3). Check the computer&apos;s date and time and the API address; behind a company proxy its certificate may need to be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke off in the middle of the answer for %2. Check your network or proxy; RelayQ will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection for %2. Check the API address and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found (for %2). Check the API address and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering %2. Check your network or proxy; RelayQ will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached for %2. Check the internet connection, proxy and API address; RelayQ will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub rejected the token (401 %1) for %2. Create a new token or log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub refused access to %1 (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub found nothing at %1 (404). Check the repository or organisation name. GitHub also answers 404 for private repositories the token cannot see: make sure the token has access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub had a problem answering %1 (HTTP %2). This is usually temporary; RelayQ will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answered %1 with HTTP %2, which RelayQ did not expect. Check the API address; if it persists, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks a permission this needs; GitHub accepts: %1. Give the token that permission or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs one of the token scopes: %1; the token has: %2. Create a token with the missing scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the token may administer this repository or organisation (classic token: repo or admin:org; fine-grained: Administration or Self-hosted runners).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 for %2 is not the JSON GitHub sends (%3). Check that the API address points to GitHub&apos;s API; RelayQ will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (over %1 KiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer for %1 is too large%2, so RelayQ stopped reading it. Check the API address; if it is right, report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links its next page to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer for %1 %2. RelayQ did not follow it so the token stays with %3. Check the API address (for GitHub Enterprise Server: https://HOST/api/v3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub asked RelayQ to slow down (secondary rate limit), so %1 is not requested until %2. RelayQ resumes by itself; if this happens often, poll less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for this token is used up, so %1 is not requested until %2, when the limit resets. RelayQ resumes by itself; other tools using the same account share the limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::AuditLog</name>
    <message>
        <source>Could not create the folder %1 for the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the full audit log %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner or workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::AutoRecovery</name>
    <message>
        <source>%1 is still offline after %2 automatic restarts in the last hour. RelayQ stops trying until it is seen online again: look at the runner&apos;s own logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is offline, but RelayQ cannot reach its service to restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is offline and its service is not installed (%2); RelayQ will not restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its service is running but the runner is not connected (hung)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its service is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its service has failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state of its service could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been offline for %2 polls and %3: restarting it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::AutostartFile</name>
    <message>
        <source>RelayQ Tray could not stop starting on login: %1 could not be removed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ Tray could not set itself to start on login: its program path is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ Tray could not set itself to start on login: the folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ Tray could not set itself to start on login: %1 could not be written (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::CommandService</name>
    <message>
        <source>The service was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user commands: start %1, stop %2, status %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::Credentials</name>
    <message>
        <source>the GH_TOKEN environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GITHUB_TOKEN environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty: paste the whole token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1, but %2 is set and wins: unset it to use the saved token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::DemoRunnerService</name>
    <message>
        <source>The simulated runner %1 of the demo fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet has no such runner any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated runner was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated runner was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked the demo fleet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::DispatchDialog</name>
    <message>
        <source>Dispatch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch a workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch or tag whose workflow file runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch or &amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the watched targets is a repository. Watch a repository in Settings to dispatch its workflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workflows of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the workflows of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed because their files could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no workflow that can be dispatched by hand (none has a workflow_dispatch trigger).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which branch or tag to run the workflow on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: correct the values below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatching %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be kept for Dispatch again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::DispatchInputForm</name>
    <message>
        <source>This workflow takes no inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::Fields</name>
    <message>
        <source>%1 in .runner is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in .runner is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in .runner is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 in .runner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::FirstRunWizard</name>
    <message>
        <source>Set up RelayQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the token for %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: belongs to %1, kept in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: belongs to %1, kept in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when you log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not start when you log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be kept in the OS keychain: %1 You can keep it in memory for this session only and press Finish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on login could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::FleetPoller</name>
    <message>
        <source>GitHub&apos;s answer to %1 was not understood: %2. Nothing was changed; RelayQ will try again at the next check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::GeneralPage</name>
    <message>
        <source>&amp;Start RelayQ when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace (everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting on login is not available on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::GitHubClient</name>
    <message>
        <source>the answer is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::HealthRules</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner %1 is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no runner carries them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would, but it is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would, but it is not online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would, but they are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would, but they are not online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No online runner has the labels %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued jobs wait for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been waiting for a runner for more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been running for more than %2; it may be stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been running for more than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the last %2 runs failed (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runner carries the label %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No online runner carries the label %1; offline: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner %1 is no longer registered on GitHub.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::KeychainTokenStore</name>
    <message>
        <source>the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::LaunchdService</name>
    <message>
        <source>, pid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, last exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launchctl gave no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a LaunchAgent label RelayQ can use: only letters, digits and . _ - are allowed, and it cannot start with -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LaunchAgent %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::LocalProcessRunner</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::MonitoringPage</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 10 seconds and 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpu, arm64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job is &amp;stuck after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job has waited in the &amp;queue too long after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job is &amp;long-running after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;failure rate is high above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pool labels (comma-separated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck limits for single workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow name or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stuck limit for workflow “%1” must be a number of minutes, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow “%1” has two stuck limits; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::NotificationDelivery</name>
    <message>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::NotificationPolicy</name>
    <message>
        <source>GitHub is reachable again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ is watching your runners again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems in your runner fleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::NotificationsPage</name>
    <message>
        <source>A runner is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A runner was removed from GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A queued job has no online runner to take it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job waits in the queue too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job is stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job runs long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure rate is high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label pool has no online runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub cannot be reached, and when it can again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A runner that keeps going offline and online notifies at most once in this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;flapping runner notifies at most once every:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::PagedList</name>
    <message>
        <source>no &quot;%1&quot; list in the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::QueueDiagnosis</name>
    <message>
        <source>%1 can take it; GitHub has not assigned it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a busy runner: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a runner with the labels %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RecentDispatch</name>
    <message>
        <source>%1 on %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RecentDispatchMenu</name>
    <message>
        <source>Dispatch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RecentDispatches</name>
    <message>
        <source>The recent dispatches in %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent dispatches in %1 could not be read: the file is damaged; the list starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent dispatches could not be saved to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryBackup</name>
    <message>
        <source>the folder %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryPlanPage</name>
    <message>
        <source>Runner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none besides GitHub&apos;s default ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner&apos;s own labels, separated by commas. GitHub&apos;s default labels (self-hosted, the system and the architecture) are added by the runner itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registers %1 with GitHub again, under the same name and labels, in seven steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the runner&apos;s configuration is made first and kept, whatever happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping, uninstalling, installing and starting the service needs administrator rights: the system asks for the administrator password in its own dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a step fails, the recovery stops there and says what happened and how to resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryProgressPage</name>
    <message>
        <source>Helper output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume from step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryWizard</name>
    <message>
        <source>Recover %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the recovery?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped when the window was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery of %1 is at step %2 of %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing stops it: a command already running finishes on its own, but no further step runs, and the runner may stay offline or unregistered until the recovery is run again from step %1. The backup is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the recovery and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery of %1 stopped by closing its window during step %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RemoteService</name>
    <message>
        <source>%1 on %2 over SSH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunKeyAutostart</name>
    <message>
        <source>RelayQ Tray could not set itself to start on login: its program path is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ Tray could not change whether it starts on login: the registry key %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunnerActions</name>
    <message>
        <source>Auto-recovery is restarting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ does not know how to reach its service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ has not seen %1 on GitHub yet, so it could not tell when it is back; wait for the next check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-recovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-recovery could not bring %1 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-recovery gave up on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner folder of %1 is not on this computer, so there is nothing to back up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not backed up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunnerBackup</name>
    <message>
        <source>This backup holds the runner&apos;s private key and credentials. Anyone who has the file can act as this runner on GitHub: keep it where only you can read it, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written archive cannot be read back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written archive holds %1 entries instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written archive does not match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of the runner in %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no .runner file, so it is not a configured runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted before writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written, but the old archive %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 was not restored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no .runner file, so it is not a runner backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a configured runner, which restoring would overwrite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunnerBindingDialog</name>
    <message>
        <source>How RelayQ reaches a runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner&apos;s name as GitHub shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the runner&apos;s service is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another computer over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart it &amp;automatically when it stays offline (at most 3 times an hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reached on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: found among the runner folders by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ reads the service&apos;s name from the folder&apos;s .service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner folder on that host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: read from the folder&apos;s .service file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner folder &amp;there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ runs the system&apos;s ssh without asking anything: your own ssh configuration, keys and agent are used and the host key is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each command runs as written, without a shell: no pipes, redirections or variables. Put quotes around an argument that holds spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached another way already; edit that binding instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunnerConfigReader</name>
    <message>
        <source>malformed .runner: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed .runner: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed .runner: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no .runner file: not a configured runner directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.service is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunnerMenu</name>
    <message>
        <source>&amp;Runners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no runner RelayQ can act on: bind one in Settings → Runners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a private archive of the runner&apos;s configuration. It holds the runner&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its runner folder is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunnerModel</name>
    <message>
        <source>Runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No self-hosted runners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data from an earlier check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online, busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online, idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunnerRecovery</name>
    <message>
        <source>Back up the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and uninstall the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a registration token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the runner again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and start the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until GitHub shows it online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration token received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no archive was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration left to back up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration could not be backed up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service is installed (no .service): nothing to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service stopped and uninstalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration removed with config.sh remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .runner in %1: the registration is deleted through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub lists no runner named %1 on %2: nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration %1 deleted through the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to %1 held no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no registration token: run the previous step first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner configured as %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service installed and started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub does not list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub shows %1 online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub lists it as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not come online within %2 seconds (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is registered again and online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration backup is kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery of %1 stopped at step %2 of %3 (%4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made in this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then resume from step %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new registration token is fetched first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub is unreachable or failing right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunnerRestart</name>
    <message>
        <source>RelayQ does not know how to reach the service of %1: bind the runner to its service in the settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already being restarted; wait for that restart to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restarted a moment ago; try again at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting the service of %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service of %1 restarted; waiting up to %2 s for GitHub to report it online…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service of %1 restarted, but RelayQ could not confirm it is back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub does not show %1 online yet (%2 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask GitHub about %1 (%2); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service of %1 restarted, but RelayQ could not confirm it is back: GitHub unreachable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service of %1 restarted, but GitHub does not list the runner any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service of %1 restarted, but GitHub still shows it offline after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunnerServices</name>
    <message>
        <source>RelayQ does not know where the runner %1 runs: no runner folder on this computer carries that name. Add its folder in Settings → Runners, or say how to reach it (SSH or your own commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner %1 is bound to your own commands, but its start or stop command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runner folder on this computer carries the name %1. Add its folder in Settings → Runners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 of the runner %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner in %1 has no service installed (no .service file): install one with ./svc.sh install, or bind it to your own commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .service file in %1 does not name a LaunchAgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .service file in %1 does not name a systemd unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the systemd unit of the runner %1 on %2, as its .service file there says (e.g. actions.runner.owner-repo.name.service).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::RunnersPage</name>
    <message>
        <source>Folders of the self-hosted runners installed on this machine. RelayQ uses them to restart, back up and recover runners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner folders on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks for actions-runner* folders in your home folder and in /opt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How RelayQ reaches each runner&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runners on another computer, or under supervisord, docker and the like, need to be told how their service is started and stopped. Auto-recovery is switched on here, per runner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How RelayQ reaches each runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer, found among the runner folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over SSH: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runner folders were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %n new runner folder(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relayq::ServiceRun</name>
    <message>
        <source>%1 was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1 needs administrator rights and the request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1 needs administrator rights and the request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting %1 needs administrator rights and the request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::SessionTokenStore</name>
    <message>
        <source>No token for %1 is kept in memory for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::SettingsDialog</name>
    <message>
        <source>RelayQ Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runners on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved, but starting on login could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::SettingsMigration</name>
    <message>
        <source>The old settings file %1 could not be copied to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::SettingsStore</name>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed polls before a runner is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued-too-long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stuck time for a workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-running time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure-rate threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure-rate window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum runs for a failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silenced alert kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flap window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; the defaults are used and the file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer RelayQ Tray (settings version %2). The settings this version knows are used; the file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written, so it was not brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its settings were read all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 That entry is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3. The default (%4) is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 The default (%3) is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitor/failure_minimum_runs: %1 is more than the failure-rate window of %2 runs; %2 is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file holds %1, which looks like a secret. RelayQ Tray keeps the token only in the system keychain and removes %1 from the file when settings are next saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved, so the old file is not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum runs for a failure rate must not be more than the failure-rate window (%1 runs); %2 was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::SettingsValue</name>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number such as 0.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the runner&apos;s name as GitHub shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner&apos;s name must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A runner binding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runner %1 is bound twice; RelayQ reaches each runner one way only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way to reach the runner must be local, ssh or commands; &quot;%1&quot; was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::SshDestination</name>
    <message>
        <source>The user name “%1” may only contain letters, digits and . _ - and cannot start with a dash or a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not written as [IPv6 address]:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address; put an IPv6 address with a port in brackets: [address]:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no host. Write it as [user@]host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name “%1” may only contain letters, digits and . _ - and cannot start with a dash or a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a port number (1 to 65535).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::SshProcessRunner</name>
    <message>
        <source>The host key of %1 has changed since it was last seen, so ssh refused to connect: it may have been reinstalled, or someone may be intercepting the connection. Check with the host&apos;s administrator, then update the key in your known_hosts file (ssh-keygen -R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not known, so ssh refused to connect. Connect once with ssh in a terminal (%2), check the key&apos;s fingerprint and accept it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the login (%2). RelayQ logs in without asking for a password: load your key into the SSH agent (ssh-add) or name it in ~/.ssh/config, and make sure its public key is in the remote user&apos;s authorized_keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name of %1 could not be resolved. Check the name, or define it as a Host in ~/.ssh/config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server is listening on that port. Check the port and that sshd runs there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check the host name, the network and any firewall in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be run on %2: environment variables cannot be passed safely to a remote host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is given to run on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Is the OpenSSH client installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command on %1 did not finish within %2 ms; ssh was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::StatusSummary</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t reach GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t connect to GitHub securely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub rejected the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watched repository or organisation was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited by GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub has a server problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub sent an answer RelayQ does not understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking GitHub…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::StatusWindow</name>
    <message>
        <source>RelayQ — runner status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ runner status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runners by target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active runs and queued jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active runs and &amp;queued jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more notifications about the selected alerts while they last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications about the selected alerts for one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications about the selected alerts until tomorrow at 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open on GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give RelayQ a GitHub token and choose what to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 API requests left this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not answer as expected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not watching anything yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action on a runner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::SystemdService</name>
    <message>
        <source>systemctl gave no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a systemd unit name RelayQ can use: only letters, digits and @ . _ : - are allowed, and it cannot start with -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd user unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd system unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::TargetListEditor</name>
    <message>
        <source>owner/repo or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository or organisation to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched repositories and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no token yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a target. Type owner/repo for a repository or a name for an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added without a check: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found, or this token cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not answer as expected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added, but could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added, but: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::TargetsPage</name>
    <message>
        <source>Repositories (owner/repo) and organisations whose self-hosted runners RelayQ watches. Each is checked with your token as you add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the targets being added have been checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::TokenEntry</name>
    <message>
        <source>github_pat_… or ghp_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ forgets the token when it quits; it is never written to disk. You will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs, for the repositories you watch: Administration: read, Actions: read (write to start workflows), Metadata: read; and for organisations: Self-hosted runners: read. A classic token needs the repo scope (admin:org for organisations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from GitHub CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the token of a logged-in gh (gh auth token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks GitHub whom the token belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Create a fine-grained token on GitHub&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain cannot be used: %1 Until that is fixed, RelayQ can keep the token in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking GitHub whom the token belongs to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub did not accept the token (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the GitHub CLI for its token for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GitHub CLI gave no token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the GitHub CLI&apos;s token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::TokenIdentity</name>
    <message>
        <source>classic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-grained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::TrayActions</name>
    <message>
        <source>Backed up %1 to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runner folder of %1 is not on this computer: recover it where it runs (relayqctl recover %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ has not seen %1 on GitHub yet; wait for the next check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery of %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::TrayCommandLine</name>
    <message>
        <source>RelayQ Tray shows the state of your self-hosted GitHub Actions runners in the system tray.

The token is read from GH_TOKEN, then GITHUB_TOKEN, then the OS keychain. --repo, --org and --api-url apply to this run only; the settings file keeps what Settings… saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the built-in demo fleet (no token needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the repository OWNER/REPO (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER/REPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the organisation ORG (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub API URL: https://api.github.com or https://HOST/api/v3 (default: the settings&apos; URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write the settings in FILE (default: $RELAYQ_CONFIG, else the user&apos;s config folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open the first-run setup by itself when a token or targets are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::TrayMenu</name>
    <message>
        <source>&amp;Pause notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open status window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up RelayQ Tray…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispatch workflow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 on GitHub</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::TraySession</name>
    <message>
        <source>Could not start the demo fleet on a loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token from the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ Tray is not set up yet: it needs a GitHub token and targets to watch (repositories OWNER/REPO or organisations). %1Choose Set up… to do both in a few steps. To look around first, run relayq-tray --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GitHub token for %1. %2Choose Set up… to paste one or import it from the GitHub CLI, or set GH_TOKEN (or GITHUB_TOKEN) before starting relayq-tray. To look around first, run relayq-tray --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to watch: there are no targets yet. Add a repository (OWNER/REPO) or an organisation in Settings… → Targets, or start relayq-tray with --repo OWNER/REPO or --org ORG (or try relayq-tray --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No GitHub token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL %1 was not used: %2 Still watching %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::WindowsService</name>
    <message>
        <source>sc.exe gave no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, exit code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a service name RelayQ can use: only letters, digits and . _ - are allowed, and it cannot start with -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows service %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::WizardDonePage</name>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish saves this and starts watching. Everything can be changed later in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why setup could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ forgets the token when it quits; it is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::WizardHostPage</name>
    <message>
        <source>Where is GitHub?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ watches self-hosted runners on GitHub.com or on your company&apos;s GitHub Enterprise Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GitHub.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub &amp;Enterprise Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>github.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Enterprise Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address of your GitHub Enterprise Server, such as github.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Type the server&apos;s address, such as github.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ will use the API at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::WizardNotificationsPage</name>
    <message>
        <source>Tell me when a runner goes &amp;offline or no runner can take a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me about &amp;slow work: jobs stuck or queued too long, long runs, many failures, an empty label pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when &amp;GitHub cannot be reached for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start RelayQ when I &amp;log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications and start on login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ tells you when something needs you. You can fine-tune this later in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an entry at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting on login is not available on this system; use your desktop&apos;s own startup settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::WizardTargetsPage</name>
    <message>
        <source>What to watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the repositories (owner/repo) and organisations whose self-hosted runners you want to watch. Each is checked with your token as you add it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::WizardTokenPage</name>
    <message>
        <source>A token for GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RelayQ reads your runners with a token. It is kept in the OS keychain, never in a file. Paste one, create one, or take the GitHub CLI&apos;s, then check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::WorkflowDefinition</name>
    <message>
        <source>The workflow file is not valid YAML: line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow file could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input “%1” is required and has no default; give it a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub accepts at most %1 inputs in one dispatch; %2 were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::WorkflowDispatch</name>
    <message>
        <source>GitHub did not send the file&apos;s text (it may be larger than 1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no workflow_dispatch trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dispatch of %1 is already being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched %1 on %2 in %3: run %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched %1 on %2 in %3. GitHub returned no run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the new run is probably run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and the new run is not listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub found no workflow %1 in %2 (404). Check the file name and that the token can see the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub refused to dispatch %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may not dispatch workflows in %1 (403): it needs the Actions write permission (classic tokens: the repo scope).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not dispatch %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::cli</name>
    <message>
        <source>classic, with no scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classic, scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine-grained: permissions are checked per target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind (GitHub sent no scopes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runners can be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workflows can be dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still set and provides a token; unset it to stop using that token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is set and wins over the keychain; unset it to use the stored token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token on standard input. Pipe it in:
  relayqctl auth login --with-token &lt; token.txt
  gh auth token | relayqctl auth login --with-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of standard input is not a token (it contains spaces or unusual characters). Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored. Without a keychain, give relayqctl the token in GH_TOKEN (or GITHUB_TOKEN) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in to %1 as %2; the token is in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was rejected by %1 (401 Bad credentials); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the token with %1; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the token for %1 from the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no token for %1 in the OS keychain; nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a configured runner folder (it has no .runner file); nothing was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive also holds the service definition (%1); install the service again with the runner&apos;s svc.sh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch wants the workflow&apos;s file name, then its inputs:
  relayqctl dispatch --repo OWNER/REPO build.yml [--ref REF] [NAME=VALUE]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs are written NAME=VALUE; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no further words; targets go in --repo and --org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore wants one archive: relayqctl restore ARCHIVE --runner-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants one runner name: relayqctl %1 RUNNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth wants one of login, status, logout (and a token only on standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a repository: &quot;%1&quot;. Write it as OWNER/REPO, e.g. octocat/hello-world.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an organisation name: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --api-url or --hostname, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--with-token belongs to auth login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth login reads the token from standard input and needs --with-token:
  relayqctl auth login --with-token &lt; token.txt
  gh auth token | relayqctl auth login --with-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runner-dir belongs to runners, backup and restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one runner folder: --runner-dir DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out belongs to backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--force belongs to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ref belongs to dispatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-step belongs to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch needs exactly one repository: --repo OWNER/REPO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet needs no token: --demo does not go with auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub returned no link to the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to GitHub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no workflow %2 that can be dispatched (it may not exist, be disabled, or have no workflow_dispatch trigger).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workflow there can be dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflows that can be dispatched:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  status         Check the fleet once and print runners, active runs and alerts.
  watch          Keep checking and print one line per alert raised or cleared.
  runners        List the runners installed on this machine (--runner-dir DIR, the
                 settings&apos; runner folders, ~/actions-runner*, /opt/actions-runner*)
                 with their service and, given a token and targets, GitHub&apos;s status.
  backup         Archive a runner&apos;s configuration (--runner-dir DIR [--out DIR]);
                 the archive holds the runner&apos;s private key.
  restore ARCHIVE  Put a runner&apos;s configuration back (--runner-dir DIR [--force]).
  restart RUNNER Restart the runner&apos;s service and wait until GitHub shows it online.
  dispatch WORKFLOW [NAME=VALUE]...  Start a workflow_dispatch run (--repo OWNER/REPO
                 [--ref REF]); the inputs are checked against the workflow file.
  recover RUNNER Back up, re-register and restart a broken runner on this machine
                 ([--from-step N] resumes where the last attempt stopped).
  auth login     Keep a token (given on standard input) in the OS keychain.
  auth status    Say which token is used, whose it is and what it may do.
  auth logout    Remove the token from the OS keychain.

Without --repo/--org, the targets come from the settings file (the one relayq-tray
writes, or --config FILE, or RELAYQ_CONFIG); so does the API URL without --api-url.
The token is read from GH_TOKEN, then GITHUB_TOKEN, then the OS keychain (see
relayqctl auth --help); never from the command line.
Exit codes: 0 healthy, 1 alerts present, 2 temporary failure (GitHub unreachable,
timeout, rate limited, server error, keychain unusable), 3 usage or configuration
error (bad arguments, no token, token rejected, no permission, target not found).
restart and recover: 1 the action failed (the helper, a step, or GitHub still shows
the runner offline; recover prints how to resume), 2 GitHub unreachable (restart:
restarted but not confirmed; recover: nothing touched), 3 also unknown runner or no
service. recover runs svc.sh through pkexec, or RELAYQ_PRIVILEGE_WRAPPER (empty: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayqctl auth: the GitHub token in the OS keychain.

  relayqctl auth login --with-token [--api-url URL | --hostname HOST] &lt; token.txt
      Reads one line from standard input, asks GitHub who the token belongs to,
      and keeps it in the OS keychain (service relayq-tray, key = the API host).
      A token GitHub rejects is not stored. e.g. gh auth token | relayqctl auth
      login --with-token
  relayqctl auth status [--json] [--repo OWNER/REPO] [--org ORG]
      Where the token comes from, whose it is, its kind, scopes and expiry, and for
      each target (given, or from the settings file) what the token may not do.
  relayqctl auth logout [--api-url URL | --hostname HOST]
      Removes the token for that host from the OS keychain.

The API host is github.com unless --api-url, --hostname or the settings file say
otherwise. GH_TOKEN and GITHUB_TOKEN, when set, win over the keychain.
Exit codes: 0 success, 2 the keychain or GitHub could not be used right now,
3 usage error, no token, or the token was rejected or lacks a permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume with: relayqctl recover %1 --from-step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub could not be asked about %1; nothing was touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was registered to %2, which is none of the targets (%3): add it with --repo or --org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub does not list %1 on %2: it is registered again without custom labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayqctl recover needs the target %1 is registered to: add --repo OWNER/REPO or --org ORG, or targets in relayq-tray&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery needs the runner&apos;s folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not run from a folder here (it is reached over SSH or through your own commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub is unreachable right now (%1); restarting %2 anyway (%3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service of %1 restarted, but RelayQ could not confirm it is back: GitHub unreachable (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayqctl restart needs to know where %1 is registered, to confirm it comes back: add --repo OWNER/REPO or --org ORG, or targets in relayq-tray&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub lists no runner called %1 on %2, so a restart could not be confirmed; nothing was restarted. Check the name and the targets (--repo, --org); if its registration is gone, relayqctl recover %1 registers it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub could not be asked (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no targets to ask GitHub about (add --repo or --org, or targets in relayq-tray&apos;s settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GitHub token for %1 (relayqctl auth login --with-token, or set GH_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory does not say which runner it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub reports the status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online, busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found on GitHub (looked for id %1, name %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2 in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runners found on this machine (looked in the --runner-dir and settings folders, ~/actions-runner*, /opt/actions-runner*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service:   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helper: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub:    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem:   </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (needs %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 runners online (%3 busy) · %4 runs active · %5 jobs queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (no self-hosted runners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts: the fleet is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts (GitHub could not be checked fully).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resolved (was: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub answers again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::cli::AccountReport</name>
    <message>
        <source>Token from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::cli::CliSession</name>
    <message>
        <source>No GitHub token for %1. Log in once with
  relayqctl auth login --with-token &lt; token.txt
(the token goes to the OS keychain), or set GH_TOKEN (or GITHUB_TOKEN), e.g. export GH_TOKEN=$(gh auth token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo fleet on a loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to watch: add --repo OWNER/REPO or --org ORG, add targets in relayq-tray&apos;s settings (or the file named by --config), or try --demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::cli::Options</name>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the repository OWNER/REPO (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER/REPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the organisation ORG (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub API URL: https://api.github.com or https://HOST/api/v3 (default: the settings file&apos;s, else https://api.github.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub host instead of --api-url: github.com or a GitHub Enterprise host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file to read (default: RELAYQ_CONFIG, else the one relayq-tray uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth login: read the token from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in demo fleet (no token, no settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log more to stderr (repeat for debug detail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: seconds between checks (10 to 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runners: a runner directory on this machine (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: the folder for the archive (default: the app&apos;s backup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: replace the configuration of a configured runner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch: the branch or tag to run on (default: the repository&apos;s default branch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recover: resume at step N, as the last attempt said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch: stop after N checks instead of running until interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayqctl watches self-hosted GitHub Actions runners.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status, watch, runners, backup, restore ARCHIVE, restart RUNNER, dispatch WORKFLOW [NAME=VALUE]..., recover RUNNER, or auth login|status|logout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayq::sim::main</name>
    <message>
        <source>Simulates the GitHub Actions REST API on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port (0: any free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo fleet and its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add N extra runners to relayq-demo/scale (scale tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relayqctl</name>
    <message>
        <source>--hostname wants a host name such as github.com or ghe.example.com, not &quot;%1&quot; (for a full URL use --api-url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings file at %1 (named by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayqctl does not take a token on the command line: other users can read it in the process list, and it stays in your shell history. Give it on standard input instead:
  relayqctl auth login --with-token &lt; token.txt
or set GH_TOKEN (or GITHUB_TOKEN) in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1%2, checking every %3 s. Ctrl+C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo fleet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
