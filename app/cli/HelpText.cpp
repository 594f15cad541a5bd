#include "HelpText.h"

#include "Relayqctl.h"

#include <QCoreApplication>

namespace relayq::cli {

QString commandHelp()
{
    return Relayqctl::tr(
        "Commands:\n"
        "  status         Check the fleet once and print runners, active runs and alerts.\n"
        "  watch          Keep checking and print one line per alert raised or cleared.\n"
        "  runners        List the runners installed on this machine (--runner-dir DIR, the\n"
        "                 settings' runner folders, ~/actions-runner*, /opt/actions-runner*)\n"
        "                 with their service and, given a token and targets, GitHub's status.\n"
        "  backup         Archive a runner's configuration (--runner-dir DIR [--out DIR]);\n"
        "                 the archive holds the runner's private key.\n"
        "  restore ARCHIVE  Put a runner's configuration back (--runner-dir DIR [--force]).\n"
        "  restart RUNNER Restart the runner's service and wait until GitHub shows it online.\n"
        "  dispatch WORKFLOW [NAME=VALUE]...  Start a workflow_dispatch run (--repo OWNER/REPO\n"
        "                 [--ref REF]); the inputs are checked against the workflow file.\n"
        "  recover RUNNER Back up, re-register and restart a broken runner on this machine\n"
        "                 ([--from-step N] resumes where the last attempt stopped).\n"
        "  auth login     Keep a token (given on standard input) in the OS keychain.\n"
        "  auth status    Say which token is used, whose it is and what it may do.\n"
        "  auth logout    Remove the token from the OS keychain.\n"
        "\n"
        "Without --repo/--org, the targets come from the settings file (the one relayq-tray\n"
        "writes, or --config FILE, or RELAYQ_CONFIG); so does the API URL without --api-url.\n"
        "The token is read from GH_TOKEN, then GITHUB_TOKEN, then the OS keychain (see\n"
        "relayqctl auth --help); never from the command line.\n"
        "Exit codes: 0 healthy, 1 alerts present, 2 temporary failure (GitHub unreachable,\n"
        "timeout, rate limited, server error, keychain unusable), 3 usage or configuration\n"
        "error (bad arguments, no token, token rejected, no permission, target not found).\n"
        "restart and recover: 1 the action failed (the helper, a step, or GitHub still shows\n"
        "the runner offline; recover prints how to resume), 2 GitHub unreachable (restart:\n"
        "restarted but not confirmed; recover: nothing touched), 3 also unknown runner or no\n"
        "service. recover runs svc.sh through pkexec, or RELAYQ_PRIVILEGE_WRAPPER (empty: none).");
}

QString authHelp()
{
    return Relayqctl::tr(
        "relayqctl auth: the GitHub token in the OS keychain.\n"
        "\n"
        "  relayqctl auth login --with-token [--api-url URL | --hostname HOST] < token.txt\n"
        "      Reads one line from standard input, asks GitHub who the token belongs to,\n"
        "      and keeps it in the OS keychain (service relayq-tray, key = the API host).\n"
        "      A token GitHub rejects is not stored. e.g. gh auth token | relayqctl auth\n"
        "      login --with-token\n"
        "  relayqctl auth status [--json] [--repo OWNER/REPO] [--org ORG]\n"
        "      Where the token comes from, whose it is, its kind, scopes and expiry, and for\n"
        "      each target (given, or from the settings file) what the token may not do.\n"
        "  relayqctl auth logout [--api-url URL | --hostname HOST]\n"
        "      Removes the token for that host from the OS keychain.\n"
        "\n"
        "The API host is github.com unless --api-url, --hostname or the settings file say\n"
        "otherwise. GH_TOKEN and GITHUB_TOKEN, when set, win over the keychain.\n"
        "Exit codes: 0 success, 2 the keychain or GitHub could not be used right now,\n"
        "3 usage error, no token, or the token was rejected or lacks a permission.");
}

} // namespace relayq::cli
