<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>relayq-tray</name>
    <message>
        <source>Could not claim the single-instance socket; continuing anyway.</source>
        <translation>Der Socket für die Einzelinstanz konnte nicht belegt werden; es wird trotzdem fortgefahren.</translation>
    </message>
</context>
<context>
    <name>relayq::AccountCheck</name>
    <message>
        <source>no scopes</source>
        <comment>what a classic token has</comment>
        <translation>keine Scopes</translation>
    </message>
    <message>
        <source>The organisation %1 was not found, or this token cannot see it.</source>
        <translation>Die Organisation %1 wurde nicht gefunden, oder dieses Token kann sie nicht sehen.</translation>
    </message>
    <message>
        <source>%1 was not found, or this token cannot see it.</source>
        <translation>%1 wurde nicht gefunden, oder dieses Token kann es nicht sehen.</translation>
    </message>
    <message>
        <source>Private repositories need the repo scope, which this classic token lacks.</source>
        <translation>Private Repositorys benötigen den Scope repo, der diesem klassischen Token fehlt.</translation>
    </message>
    <message>
        <source>A fine-grained token sees only the repositories chosen when it was created, and public ones.</source>
        <translation>Ein Fine-grained-Token sieht nur die Repositorys, die bei seiner Erstellung ausgewählt wurden, sowie öffentliche.</translation>
    </message>
    <message>
        <source>Listing runners of %1 needs the Administration: read permission (fine-grained) or the repo scope and admin rights on the repository (classic).</source>
        <translation>Zum Auflisten der Runner von %1 wird die Berechtigung Administration: read (Fine-grained) oder der Scope repo und Admin-Rechte am Repository (klassisch) benötigt.</translation>
    </message>
    <message>
        <source>This classic token lacks the repo scope (it has: %1).</source>
        <translation>Diesem klassischen Token fehlt der Scope repo (es hat: %1).</translation>
    </message>
    <message>
        <source>This classic token has the repo scope, so the account it belongs to lacks admin rights on %1.</source>
        <translation>Dieses klassische Token hat den Scope repo, also fehlen dem Konto, zu dem es gehört, Admin-Rechte an %1.</translation>
    </message>
    <message>
        <source>Reading workflow runs of %1 needs the Actions: read permission (fine-grained) or the repo scope (classic).</source>
        <translation>Zum Lesen der Workflow-Läufe von %1 wird die Berechtigung Actions: read (Fine-grained) oder der Scope repo (klassisch) benötigt.</translation>
    </message>
    <message>
        <source>Dispatching workflows needs the repo scope, which this classic token lacks.</source>
        <translation>Zum Auslösen von Workflows wird der Scope repo benötigt, der diesem klassischen Token fehlt.</translation>
    </message>
    <message>
        <source>Dispatching workflows needs the Actions: write permission; it cannot be checked without dispatching.</source>
        <translation>Zum Auslösen von Workflows wird die Berechtigung Actions: write benötigt; sie lässt sich nicht prüfen, ohne einen Workflow auszulösen.</translation>
    </message>
    <message>
        <source>Dispatching workflows needs the Actions: write permission (fine-grained) or the repo scope (classic); it cannot be checked without dispatching.</source>
        <translation>Zum Auslösen von Workflows wird die Berechtigung Actions: write (Fine-grained) oder der Scope repo (klassisch) benötigt; sie lässt sich nicht prüfen, ohne einen Workflow auszulösen.</translation>
    </message>
    <message>
        <source>Listing runners of the organisation %1 needs the Self-hosted runners: read organisation permission (fine-grained) or the admin:org scope (classic).</source>
        <translation>Zum Auflisten der Runner der Organisation %1 wird die Organisationsberechtigung Self-hosted runners: read (Fine-grained) oder der Scope admin:org (klassisch) benötigt.</translation>
    </message>
    <message>
        <source>This classic token has neither admin:org nor manage_runners:org (it has: %1).</source>
        <translation>Dieses klassische Token hat weder admin:org noch manage_runners:org (es hat: %1).</translation>
    </message>
    <message>
        <source>This classic token has the %1 scope, so the account it belongs to is not an owner of %2.</source>
        <translation>Dieses klassische Token hat den Scope %1, also ist das Konto, zu dem es gehört, kein Owner von %2.</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about the token&apos;s owner (/user) names no login. Check the API address.</source>
        <translation>GitHubs Antwort zum Besitzer des Tokens (/user) nennt kein Login. Prüfen Sie die API-Adresse.</translation>
    </message>
</context>
<context>
    <name>relayq::AccountPage</name>
    <message>
        <source>Results of the connection test</source>
        <translation>Ergebnisse des Verbindungstests</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>&amp;GitHub.com</source>
        <translation>&amp;GitHub.com</translation>
    </message>
    <message>
        <source>GitHub &amp;Enterprise Server:</source>
        <translation>GitHub &amp;Enterprise Server:</translation>
    </message>
    <message>
        <source>github.example.com</source>
        <translation>github.example.com</translation>
    </message>
    <message>
        <source>GitHub Enterprise Server host or URL</source>
        <translation>Host oder URL des GitHub Enterprise Server</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Re&amp;place token…</source>
        <translation>Token e&amp;rsetzen…</translation>
    </message>
    <message>
        <source>Re&amp;move token</source>
        <translation>Token ent&amp;fernen</translation>
    </message>
    <message>
        <source>Type the host of your GitHub Enterprise Server, such as github.example.com, or choose GitHub.com.</source>
        <translation>Geben Sie den Host Ihres GitHub Enterprise Server ein, zum Beispiel github.example.com, oder wählen Sie GitHub.com.</translation>
    </message>
    <message>
        <source>No token yet. Use Replace token… to add one.</source>
        <translation>Noch kein Token. Fügen Sie mit „Token ersetzen…“ eines hinzu.</translation>
    </message>
    <message>
        <source>Token from %1.</source>
        <translation>Token aus %1.</translation>
    </message>
    <message>
        <source>Token from %1, belongs to %2.</source>
        <translation>Token aus %1, gehört %2.</translation>
    </message>
    <message>
        <source>The environment variable wins while it is set: Replace token and Remove token change only the token kept in the keychain.</source>
        <translation>Die Umgebungsvariable hat Vorrang, solange sie gesetzt ist: „Token ersetzen“ und „Token entfernen“ ändern nur das im Schlüsselbund gespeicherte Token.</translation>
    </message>
    <message>
        <source>Apply the new host first; its token is kept under that host.</source>
        <translation>Übernehmen Sie zuerst den neuen Host; sein Token wird unter diesem Host gespeichert.</translation>
    </message>
    <message>
        <source>There is no token to test. Use Replace token… to add one.</source>
        <translation>Es gibt kein Token zum Testen. Fügen Sie mit „Token ersetzen…“ eines hinzu.</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Token wird geprüft…</translation>
    </message>
    <message>
        <source>GitHub did not answer as expected (%1).</source>
        <translation>GitHub hat nicht wie erwartet geantwortet (%1).</translation>
    </message>
    <message>
        <source>The token belongs to %1 (%2 token).</source>
        <translation>Das Token gehört %1 (Token-Typ: %2).</translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation>Scopes: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Es läuft am %1 ab.</translation>
    </message>
    <message>
        <source>No targets to check yet.</source>
        <translation>Noch keine Ziele zu prüfen.</translation>
    </message>
    <message>
        <source>%1: OK.</source>
        <translation>%1: OK.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Replace token</source>
        <translation>Token ersetzen</translation>
    </message>
    <message>
        <source>The new token is kept.</source>
        <translation>Das neue Token wird gespeichert.</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Token entfernen</translation>
    </message>
    <message>
        <source>Remove the token kept for %1? RelayQ stops checking until you add one again.</source>
        <translation>Das für %1 gespeicherte Token entfernen? RelayQ prüft nicht mehr, bis Sie wieder eines hinzufügen.</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>Das Token wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>relayq::ActivityModel</name>
    <message>
        <source>Run or job</source>
        <translation>Lauf oder Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <source>Other jobs</source>
        <translation>Andere Jobs</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation>Lauf %1, %2</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>wartet seit %1</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Auf %1.</translation>
    </message>
    <message>
        <source>In progress, stuck</source>
        <translation>Läuft, hängt fest</translation>
    </message>
    <message>
        <source>Job %1, %2, %3</source>
        <translation>Job %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>relayq::AlertModel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>relayq::ApiBase</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Enter the API address, for example https://api.github.com or https://HOST/api/v3 for GitHub Enterprise Server.</source>
        <translation>&quot;%1&quot; ist keine Webadresse. Geben Sie die API-Adresse ein, zum Beispiel https://api.github.com oder https://HOST/api/v3 für GitHub Enterprise Server.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password. Enter it without them and give the token separately.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen und kein Passwort enthalten. Geben Sie sie ohne diese ein und das Token separat.</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; must not contain &quot;?&quot; or &quot;#&quot;. Enter only the address, for example https://api.github.com.</source>
        <translation>Die API-Adresse &quot;%1&quot; darf kein &quot;?&quot; oder &quot;#&quot; enthalten. Geben Sie nur die Adresse ein, zum Beispiel https://api.github.com.</translation>
    </message>
    <message>
        <source>RelayQ refuses to send the token over plain http to %1: anyone on the way could read it. Use the https:// address of the API instead.</source>
        <translation>RelayQ sendet das Token nicht über unverschlüsseltes http an %1: Jeder auf dem Weg könnte es mitlesen. Verwenden Sie stattdessen die https://-Adresse der API.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address. Enter the API address, for example https://api.github.com.</source>
        <translation>&quot;%1&quot; ist keine https://-Adresse. Geben Sie die API-Adresse ein, zum Beispiel https://api.github.com.</translation>
    </message>
</context>
<context>
    <name>relayq::ApiErrorClassifier</name>
    <message>
        <source> GitHub said: &quot;%1&quot;</source>
        <translation> GitHub meldete: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 did not answer %2 in time. Check your network or proxy; RelayQ will try again.</source>
        <translation>%1 hat auf %2 nicht rechtzeitig geantwortet. Prüfen Sie Ihr Netzwerk oder Ihren Proxy; RelayQ versucht es erneut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 for %2 failed (%3). Check the computer&apos;s date and time and the API address; behind a company proxy its certificate may need to be installed.</source>
        <translation>Die sichere Verbindung zu %1 für %2 ist fehlgeschlagen (%3). Prüfen Sie Datum und Uhrzeit des Computers und die API-Adresse; hinter einem Firmen-Proxy muss eventuell dessen Zertifikat installiert werden.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off in the middle of the answer for %2. Check your network or proxy; RelayQ will try again.</source>
        <translation>Die Verbindung zu %1 brach mitten in der Antwort für %2 ab. Prüfen Sie Ihr Netzwerk oder Ihren Proxy; RelayQ versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 refused the connection for %2. Check the API address and that the server is running.</source>
        <translation>%1 hat die Verbindung für %2 abgelehnt. Prüfen Sie die API-Adresse und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server %1 was not found (for %2). Check the API address and the internet connection.</source>
        <translation>Der Server %1 wurde nicht gefunden (für %2). Prüfen Sie die API-Adresse und die Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering %2. Check your network or proxy; RelayQ will try again.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor %2 beantwortet wurde. Prüfen Sie Ihr Netzwerk oder Ihren Proxy; RelayQ versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 could not be reached for %2. Check the internet connection, proxy and API address; RelayQ will try again.</source>
        <translation>%1 war für %2 nicht erreichbar. Prüfen Sie Internetverbindung, Proxy und API-Adresse; RelayQ versucht es erneut.</translation>
    </message>
    <message>
        <source>GitHub rejected the token (401 %1) for %2. Create a new token or log in again.</source>
        <translation>GitHub hat das Token abgelehnt (401 %1) für %2. Erstellen Sie ein neues Token oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>GitHub refused access to %1 (403).</source>
        <translation>GitHub hat den Zugriff auf %1 verweigert (403).</translation>
    </message>
    <message>
        <source>GitHub found nothing at %1 (404). Check the repository or organisation name. GitHub also answers 404 for private repositories the token cannot see: make sure the token has access to it.</source>
        <translation>GitHub hat unter %1 nichts gefunden (404). Prüfen Sie den Namen des Repositorys oder der Organisation. GitHub antwortet auch bei privaten Repositorys, die das Token nicht sehen kann, mit 404: Stellen Sie sicher, dass das Token Zugriff darauf hat.</translation>
    </message>
    <message>
        <source>GitHub had a problem answering %1 (HTTP %2). This is usually temporary; RelayQ will try again.</source>
        <translation>GitHub hatte ein Problem bei der Antwort auf %1 (HTTP %2). Das ist meist vorübergehend; RelayQ versucht es erneut.</translation>
    </message>
    <message>
        <source>GitHub answered %1 with HTTP %2, which RelayQ did not expect. Check the API address; if it persists, report it.</source>
        <translation>GitHub hat auf %1 mit HTTP %2 geantwortet, was RelayQ nicht erwartet hat. Prüfen Sie die API-Adresse; falls es weiterhin auftritt, melden Sie es.</translation>
    </message>
    <message>
        <source>The token lacks a permission this needs; GitHub accepts: %1. Give the token that permission or create a new one.</source>
        <translation>Dem Token fehlt eine hierfür nötige Berechtigung; GitHub akzeptiert: %1. Erteilen Sie dem Token diese Berechtigung oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>This needs one of the token scopes: %1; the token has: %2. Create a token with the missing scope.</source>
        <translation>Hierfür wird einer dieser Token-Scopes benötigt: %1; das Token hat: %2. Erstellen Sie ein Token mit dem fehlenden Scope.</translation>
    </message>
    <message>
        <source>Check that the token may administer this repository or organisation (classic token: repo or admin:org; fine-grained: Administration or Self-hosted runners).</source>
        <translation>Prüfen Sie, ob das Token dieses Repository bzw. diese Organisation verwalten darf (klassisches Token: repo oder admin:org; Fine-grained: Administration oder Self-hosted runners).</translation>
    </message>
    <message>
        <source>The answer from %1 for %2 is not the JSON GitHub sends (%3). Check that the API address points to GitHub&apos;s API; RelayQ will try again.</source>
        <translation>Die Antwort von %1 für %2 ist nicht das JSON, das GitHub sendet (%3). Prüfen Sie, ob die API-Adresse auf die API von GitHub zeigt; RelayQ versucht es erneut.</translation>
    </message>
    <message>
        <source> (over %1 KiB)</source>
        <translation> (über %1 KiB)</translation>
    </message>
    <message>
        <source>The answer for %1 is too large%2, so RelayQ stopped reading it. Check the API address; if it is right, report this.</source>
        <translation>Die Antwort für %1 ist zu groß%2, daher hat RelayQ das Lesen abgebrochen. Prüfen Sie die API-Adresse; falls sie stimmt, melden Sie dies.</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>leitet nach %1 um</translation>
    </message>
    <message>
        <source>links its next page to %1</source>
        <translation>verweist für die nächste Seite auf %1</translation>
    </message>
    <message>
        <source>The answer for %1 %2. RelayQ did not follow it so the token stays with %3. Check the API address (for GitHub Enterprise Server: https://HOST/api/v3).</source>
        <translation>Die Antwort für %1 %2. RelayQ ist dem nicht gefolgt, damit das Token bei %3 bleibt. Prüfen Sie die API-Adresse (für GitHub Enterprise Server: https://HOST/api/v3).</translation>
    </message>
    <message>
        <source>GitHub asked RelayQ to slow down (secondary rate limit), so %1 is not requested until %2. RelayQ resumes by itself; if this happens often, poll less often.</source>
        <translation>GitHub hat RelayQ gebeten, langsamer zu werden (sekundäres Ratenlimit), daher wird %1 erst ab %2 wieder abgefragt. RelayQ macht von selbst weiter; falls dies oft passiert, fragen Sie seltener ab.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for this token is used up, so %1 is not requested until %2, when the limit resets. RelayQ resumes by itself; other tools using the same account share the limit.</source>
        <translation>Das Ratenlimit von GitHub für dieses Token ist aufgebraucht, daher wird %1 erst ab %2 wieder abgefragt, wenn das Limit zurückgesetzt wird. RelayQ macht von selbst weiter; andere Tools, die dasselbe Konto verwenden, teilen sich das Limit.</translation>
    </message>
</context>
<context>
    <name>relayq::ApplicationLog</name>
    <message>
        <source>Could not create the log folder %1; logging to stderr only.</source>
        <translation>Der Protokollordner %1 konnte nicht angelegt werden; protokolliert wird nur auf stderr.</translation>
    </message>
    <message>
        <source>Could not open the log file %1 (%2); logging to stderr only.</source>
        <translation>Die Protokolldatei %1 konnte nicht geöffnet werden (%2); protokolliert wird nur auf stderr.</translation>
    </message>
</context>
<context>
    <name>relayq::ArchiveReader</name>
    <message>
        <source>libarchive gave no reason</source>
        <translation>libarchive nannte keinen Grund</translation>
    </message>
    <message>
        <source>entry %1 is larger than %2 bytes</source>
        <translation>Eintrag %1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
</context>
<context>
    <name>relayq::ArchiveWriter</name>
    <message>
        <source>libarchive gave no reason</source>
        <translation>libarchive nannte keinen Grund</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
</context>
<context>
    <name>relayq::AuditLog</name>
    <message>
        <source>Could not create the folder %1 for the audit log.</source>
        <translation>Der Ordner %1 für das Aktionsprotokoll konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not move the full audit log %1 aside.</source>
        <translation>Das volle Aktionsprotokoll %1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Could not open the audit log %1: %2</source>
        <translation>Das Aktionsprotokoll %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not write to the audit log %1: %2</source>
        <translation>In das Aktionsprotokoll %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>relayq::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Runner or workflow</source>
        <translation>Runner oder Workflow</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Asked from: %1</source>
        <translation>Angefordert von: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>Auslösen</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>the tray menu or status window</source>
        <translation>das Menü in der Systemleiste oder das Statusfenster</translation>
    </message>
    <message>
        <source>a notification</source>
        <translation>eine Benachrichtigung</translation>
    </message>
    <message>
        <source>relayqctl</source>
        <translation>relayqctl</translation>
    </message>
    <message>
        <source>auto-recovery</source>
        <translation>automatische Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>relayq::AutoRecovery</name>
    <message>
        <source>%1 is still offline after %2 automatic restarts in the last hour. RelayQ stops trying until it is seen online again: look at the runner&apos;s own logs.</source>
        <translation>%1 ist nach %2 automatischen Neustarts in der letzten Stunde immer noch offline. RelayQ versucht es nicht mehr, bis er wieder online ist: Sehen Sie in die eigenen Protokolle des Runners.</translation>
    </message>
    <message>
        <source>%1 is offline, but RelayQ cannot reach its service to restart it.</source>
        <translation>%1 ist offline, aber RelayQ erreicht seinen Dienst nicht, um ihn neu zu starten.</translation>
    </message>
    <message>
        <source>%1 is offline and its service is not installed (%2); RelayQ will not restart it.</source>
        <translation>%1 ist offline und sein Dienst ist nicht installiert (%2); RelayQ startet ihn nicht neu.</translation>
    </message>
    <message>
        <source>its service is running but the runner is not connected (hung)</source>
        <translation>sein Dienst läuft, aber der Runner ist nicht verbunden (hängt)</translation>
    </message>
    <message>
        <source>its service is stopped</source>
        <translation>sein Dienst ist gestoppt</translation>
    </message>
    <message>
        <source>its service has failed</source>
        <translation>sein Dienst ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the state of its service could not be read (%1)</source>
        <translation>der Zustand seines Dienstes konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>%1 has been offline for %2 polls and %3: restarting it.</source>
        <translation>%1 ist seit %2 Abfragen offline und %3: Er wird neu gestartet.</translation>
    </message>
</context>
<context>
    <name>relayq::AutostartFile</name>
    <message>
        <source>RelayQ Tray could not stop starting on login: %1 could not be removed (%2).</source>
        <translation>RelayQ Tray konnte den Start beim Anmelden nicht abschalten: %1 konnte nicht entfernt werden (%2).</translation>
    </message>
    <message>
        <source>RelayQ Tray could not set itself to start on login: its program path is unknown.</source>
        <translation>RelayQ Tray konnte den Start beim Anmelden nicht einrichten: Sein Programmpfad ist unbekannt.</translation>
    </message>
    <message>
        <source>RelayQ Tray could not set itself to start on login: the folder %1 could not be created.</source>
        <translation>RelayQ Tray konnte den Start beim Anmelden nicht einrichten: Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>RelayQ Tray could not set itself to start on login: %1 could not be written (%2).</source>
        <translation>RelayQ Tray konnte den Start beim Anmelden nicht einrichten: %1 konnte nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>relayq::CommandService</name>
    <message>
        <source>The service was started.</source>
        <translation>Der Dienst wurde gestartet.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>user commands: start %1, stop %2, status %3</source>
        <translation>eigene Befehle: Start %1, Stopp %2, Status %3</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation>Exit-Code %1: %2</translation>
    </message>
    <message>
        <source>no status command is configured</source>
        <translation>kein Statusbefehl konfiguriert</translation>
    </message>
    <message>
        <source>No status command is configured for this runner&apos;s service.</source>
        <translation>Für den Dienst dieses Runners ist kein Statusbefehl konfiguriert.</translation>
    </message>
    <message>
        <source>The service is running (%1).</source>
        <translation>Der Dienst läuft (%1).</translation>
    </message>
    <message>
        <source>The service is stopped (%1).</source>
        <translation>Der Dienst ist gestoppt (%1).</translation>
    </message>
    <message>
        <source>The status command failed: %1</source>
        <translation>Der Statusbefehl ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No start command is configured for this runner&apos;s service.</source>
        <translation>Für den Dienst dieses Runners ist kein Startbefehl konfiguriert.</translation>
    </message>
    <message>
        <source>The start command failed: %1</source>
        <translation>Der Startbefehl ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No stop command is configured for this runner&apos;s service.</source>
        <translation>Für den Dienst dieses Runners ist kein Stoppbefehl konfiguriert.</translation>
    </message>
    <message>
        <source>The stop command failed: %1</source>
        <translation>Der Stoppbefehl ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The service was restarted.</source>
        <translation>Der Dienst wurde neu gestartet.</translation>
    </message>
    <message>
        <source>The service was stopped.</source>
        <translation>Der Dienst wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>relayq::Credentials</name>
    <message>
        <source>the GH_TOKEN environment variable</source>
        <translation>der Umgebungsvariable GH_TOKEN</translation>
    </message>
    <message>
        <source>the GITHUB_TOKEN environment variable</source>
        <translation>der Umgebungsvariable GITHUB_TOKEN</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>dem Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>dem Arbeitsspeicher (nur für diese Sitzung)</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>The token is empty: paste the whole token.</source>
        <translation>Das Token ist leer: Fügen Sie das vollständige Token ein.</translation>
    </message>
    <message>
        <source>Saved in %1, but %2 is set and wins: unset it to use the saved token.</source>
        <translation>In %1 gespeichert, aber das Token aus %2 hat Vorrang: Entfernen Sie die Variable, um das gespeicherte Token zu verwenden.</translation>
    </message>
</context>
<context>
    <name>relayq::DemoRunnerService</name>
    <message>
        <source>The simulated runner %1 of the demo fleet</source>
        <translation>Der simulierte Runner %1 der Demo-Flotte</translation>
    </message>
    <message>
        <source>The demo fleet has no such runner any more.</source>
        <translation>Die Demo-Flotte hat keinen solchen Runner mehr.</translation>
    </message>
    <message>
        <source>The simulated runner was restarted.</source>
        <translation>Der simulierte Runner wurde neu gestartet.</translation>
    </message>
    <message>
        <source>The simulated runner was stopped.</source>
        <translation>Der simulierte Runner wurde gestoppt.</translation>
    </message>
    <message>
        <source>Asked the demo fleet.</source>
        <translation>Demo-Flotte abgefragt.</translation>
    </message>
</context>
<context>
    <name>relayq::DispatchDialog</name>
    <message>
        <source>Dispatch again</source>
        <translation>Erneut auslösen</translation>
    </message>
    <message>
        <source>Dispatch a workflow</source>
        <translation>Workflow auslösen</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Workflow:</translation>
    </message>
    <message>
        <source>The branch or tag whose workflow file runs.</source>
        <translation>Der Branch oder Tag, dessen Workflow-Datei ausgeführt wird.</translation>
    </message>
    <message>
        <source>Branch or &amp;tag:</source>
        <translation>Branch oder &amp;Tag:</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation>Lauf ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>&amp;Auslösen</translation>
    </message>
    <message>
        <source>None of the watched targets is a repository. Watch a repository in Settings to dispatch its workflows.</source>
        <translation>Keines der beobachteten Ziele ist ein Repository. Beobachten Sie in den Einstellungen ein Repository, um dessen Workflows auszulösen.</translation>
    </message>
    <message>
        <source>Reading the workflows of %1…</source>
        <translation>Workflows von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Could not list the workflows of %1: %2</source>
        <translation>Die Workflows von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not listed because their files could not be read:
%1</source>
        <translation>Nicht aufgeführt, weil ihre Dateien nicht gelesen werden konnten:
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no workflow that can be dispatched by hand (none has a workflow_dispatch trigger).</source>
        <translation>%1 hat keinen Workflow, der manuell ausgelöst werden kann (keiner hat einen workflow_dispatch-Trigger).</translation>
    </message>
    <message>
        <source>Say which branch or tag to run the workflow on.</source>
        <translation>Geben Sie an, auf welchem Branch oder Tag der Workflow laufen soll.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the values below first.</source>
        <translation>Nichts wurde gesendet: Korrigieren Sie zuerst die Werte unten.</translation>
    </message>
    <message>
        <source>Dispatching %1 on %2…</source>
        <translation>%1 wird auf %2 ausgelöst…</translation>
    </message>
    <message>
        <source>It could not be kept for Dispatch again: %1</source>
        <translation>Für „Erneut auslösen“ konnte es nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>relayq::DispatchInputForm</name>
    <message>
        <source>This workflow takes no inputs.</source>
        <translation>Dieser Workflow hat keine Eingaben.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Name der Umgebung</translation>
    </message>
</context>
<context>
    <name>relayq::FirstRunWizard</name>
    <message>
        <source>Set up RelayQ</source>
        <translation>RelayQ einrichten</translation>
    </message>
    <message>
        <source>Using the token for %1 from %2.</source>
        <translation>Das Token für %1 aus %2 wird verwendet.</translation>
    </message>
    <message>
        <source>GitHub: %1</source>
        <translation>GitHub: %1</translation>
    </message>
    <message>
        <source>Token: from %1</source>
        <translation>Token: aus %1</translation>
    </message>
    <message>
        <source>Token: belongs to %1, kept in the OS keychain</source>
        <translation>Token: gehört %1, im Schlüsselbund des Betriebssystems gespeichert</translation>
    </message>
    <message>
        <source>Token: belongs to %1, kept in memory for this session only</source>
        <translation>Token: gehört %1, nur für diese Sitzung im Arbeitsspeicher gehalten</translation>
    </message>
    <message>
        <source>Watching: %1</source>
        <translation>Beobachtet: %1</translation>
    </message>
    <message>
        <source>Starts when you log in</source>
        <translation>Startet beim Anmelden</translation>
    </message>
    <message>
        <source>Does not start when you log in</source>
        <translation>Startet nicht beim Anmelden</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The token could not be kept in the OS keychain: %1 You can keep it in memory for this session only and press Finish again.</source>
        <translation>Das Token konnte nicht im Schlüsselbund des Betriebssystems gespeichert werden: %1 Sie können es nur für diese Sitzung im Arbeitsspeicher behalten und erneut auf „Fertigstellen“ klicken.</translation>
    </message>
    <message>
        <source>The token could not be kept: %1</source>
        <translation>Das Token konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Start on login could not be set up: %1</source>
        <translation>Der Start beim Anmelden konnte nicht eingerichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>relayq::FleetPoller</name>
    <message>
        <source>GitHub&apos;s answer to %1 was not understood: %2. Nothing was changed; RelayQ will try again at the next check.</source>
        <translation>Die Antwort von GitHub auf %1 wurde nicht verstanden: %2. Es wurde nichts geändert; RelayQ versucht es bei der nächsten Prüfung erneut.</translation>
    </message>
</context>
<context>
    <name>relayq::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>relayq::GeneralPage</name>
    <message>
        <source>&amp;Start RelayQ when I log in</source>
        <translation>RelayQ beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Trace (everything)</source>
        <translation>Trace (alles)</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>&amp;Protokollstufe:</translation>
    </message>
    <message>
        <source>Starting on login is not available on this system.</source>
        <translation>Der Start beim Anmelden ist auf diesem System nicht verfügbar.</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>For light panels</source>
        <translation>Für helle Leisten</translation>
    </message>
    <message>
        <source>For dark panels</source>
        <translation>Für dunkle Leisten</translation>
    </message>
    <message>
        <source>Automatic follows the desktop&apos;s colours. Choose one when the panel&apos;s colour differs from the windows&apos;.</source>
        <translation>„Automatisch“ folgt den Farben der Arbeitsumgebung. Wählen Sie eine Variante, wenn die Leiste eine andere Farbe hat als die Fenster.</translation>
    </message>
    <message>
        <source>&amp;Tray icon:</source>
        <translation>S&amp;ymbol in der Systemleiste:</translation>
    </message>
</context>
<context>
    <name>relayq::GitHubCliToken</name>
    <message>
        <source>The GitHub CLI (gh) is not installed or could not be started (%1). Install it from https://cli.github.com and run “%2”, or paste a token instead.</source>
        <translation>Die GitHub CLI (gh) ist nicht installiert oder konnte nicht gestartet werden (%1). Installieren Sie sie von https://cli.github.com und führen Sie „%2“ aus, oder fügen Sie stattdessen ein Token ein.</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) gave no answer within %1 seconds. Run “gh auth token --hostname %2” in a terminal to see what it waits for, or paste a token instead.</source>
        <translation>Die GitHub CLI (gh) hat innerhalb von %1 Sekunden nicht geantwortet. Führen Sie „gh auth token --hostname %2“ in einem Terminal aus, um zu sehen, worauf sie wartet, oder fügen Sie stattdessen ein Token ein.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) is not logged in to %1 (gh said: %2). Run “%3”, or paste a token instead.</source>
        <translation>Die GitHub CLI (gh) ist nicht bei %1 angemeldet (gh meldete: %2). Führen Sie „%3“ aus, oder fügen Sie stattdessen ein Token ein.</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) printed no token for %1. Run “%2”, or paste a token instead.</source>
        <translation>Die GitHub CLI (gh) hat kein Token für %1 ausgegeben. Führen Sie „%2“ aus, oder fügen Sie stattdessen ein Token ein.</translation>
    </message>
</context>
<context>
    <name>relayq::GitHubClient</name>
    <message>
        <source>the answer is cut short</source>
        <translation>die Antwort ist abgeschnitten</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>die Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>relayq::HealthRules</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Runner %1 is offline.</source>
        <translation>Runner %1 ist offline.</translation>
    </message>
    <message>
        <source>no runner carries them.</source>
        <translation>kein Runner hat sie.</translation>
    </message>
    <message>
        <source>%1 would, but it is offline.</source>
        <translation>%1 hätte sie, ist aber offline.</translation>
    </message>
    <message>
        <source>%1 would, but it is not online.</source>
        <translation>%1 hätte sie, ist aber nicht online.</translation>
    </message>
    <message>
        <source>%1 would, but they are offline.</source>
        <translation>%1 hätten sie, sind aber offline.</translation>
    </message>
    <message>
        <source>%1 would, but they are not online.</source>
        <translation>%1 hätten sie, sind aber nicht online.</translation>
    </message>
    <message>
        <source>No online runner has the labels %1; %2</source>
        <translation>Kein Online-Runner hat die Labels %1; %2</translation>
    </message>
    <message>
        <source>%1 queued jobs wait for them.</source>
        <translation>%1 Jobs in der Warteschlange warten darauf.</translation>
    </message>
    <message>
        <source>%1 has been waiting for a runner for more than %2.</source>
        <translation>%1 wartet seit mehr als %2 auf einen Runner.</translation>
    </message>
    <message>
        <source>%1 has been running for more than %2; it may be stuck.</source>
        <translation>%1 läuft seit mehr als %2; möglicherweise hängt er fest.</translation>
    </message>
    <message>
        <source>%1 has been running for more than %2.</source>
        <translation>%1 läuft seit mehr als %2.</translation>
    </message>
    <message>
        <source>%1 of the last %2 runs failed (%3 %).</source>
        <translation>%1 der letzten %2 Läufe sind fehlgeschlagen (%3 %).</translation>
    </message>
    <message>
        <source>No runner carries the label %1.</source>
        <translation>Kein Runner hat das Label %1.</translation>
    </message>
    <message>
        <source>No online runner carries the label %1; offline: %2.</source>
        <translation>Kein Online-Runner hat das Label %1; offline: %2.</translation>
    </message>
    <message>
        <source>Runner %1 is no longer registered on GitHub.</source>
        <translation>Runner %1 ist nicht mehr bei GitHub registriert.</translation>
    </message>
</context>
<context>
    <name>relayq::KeychainTokenStore</name>
    <message>
        <source>the OS keychain</source>
        <translation>der Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>No token for %1 is stored in the OS keychain.</source>
        <translation>Im Schlüsselbund des Betriebssystems ist kein Token für %1 gespeichert.</translation>
    </message>
    <message>
        <source>No OS keychain is available: the Secret Service (gnome-keyring or KWallet) is not running. Start it, or keep the token in memory for this session only. (Keychain said: %1)</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar: Der Secret Service (gnome-keyring oder KWallet) läuft nicht. Starten Sie ihn, oder behalten Sie das Token nur für diese Sitzung im Arbeitsspeicher. (Schlüsselbund meldete: %1)</translation>
    </message>
    <message>
        <source>The OS keychain refused access: it is locked or access was denied. Unlock it (for example by logging in to your desktop keyring) and try again, or keep the token in memory for this session only. (Keychain said: %1)</source>
        <translation>Der Schlüsselbund des Betriebssystems hat den Zugriff verweigert: Er ist gesperrt oder der Zugriff wurde abgelehnt. Entsperren Sie ihn (zum Beispiel durch Anmelden an Ihrem Desktop-Schlüsselbund) und versuchen Sie es erneut, oder behalten Sie das Token nur für diese Sitzung im Arbeitsspeicher. (Schlüsselbund meldete: %1)</translation>
    </message>
    <message>
        <source>The OS keychain failed: %1. Try again, or keep the token in memory for this session only.</source>
        <translation>Der Schlüsselbund des Betriebssystems ist fehlgeschlagen: %1. Versuchen Sie es erneut, oder behalten Sie das Token nur für diese Sitzung im Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>relayq::LaunchdService</name>
    <message>
        <source>, pid %1</source>
        <translation>, PID %1</translation>
    </message>
    <message>
        <source>, last exit code %1</source>
        <translation>, letzter Exit-Code %1</translation>
    </message>
    <message>
        <source>launchctl gave no state</source>
        <translation>launchctl hat keinen Zustand geliefert</translation>
    </message>
    <message>
        <source>“%1” is not a LaunchAgent label RelayQ can use: only letters, digits and . _ - are allowed, and it cannot start with -.</source>
        <translation>„%1“ ist kein LaunchAgent-Label, das RelayQ verwenden kann: Nur Buchstaben, Ziffern und . _ - sind erlaubt, und es darf nicht mit - beginnen.</translation>
    </message>
    <message>
        <source>LaunchAgent %1 (%2)</source>
        <translation>LaunchAgent %1 (%2)</translation>
    </message>
    <message>
        <source>The LaunchAgent %1 is not installed (launchd does not know it and %2 does not exist).</source>
        <translation>Der LaunchAgent %1 ist nicht installiert (launchd kennt ihn nicht und %2 existiert nicht).</translation>
    </message>
    <message>
        <source>%1 is running (%2).</source>
        <translation>%1 läuft (%2).</translation>
    </message>
    <message>
        <source>%1 is stopped (%2).</source>
        <translation>%1 ist gestoppt (%2).</translation>
    </message>
    <message>
        <source>%1 has failed (%2).</source>
        <translation>%1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The state of %1 could not be read (%2).</source>
        <translation>Der Zustand von %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
</context>
<context>
    <name>relayq::LocalProcessRunner</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms and was stopped.</source>
        <translation>%1 wurde nicht innerhalb von %2 ms beendet und wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 ist abgestürzt.</translation>
    </message>
</context>
<context>
    <name>relayq::MonitoringPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Between 10 seconds and 1 hour</source>
        <translation>Zwischen 10 Sekunden und 1 Stunde</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>gpu, arm64</source>
        <translation>gpu, arm64</translation>
    </message>
    <message>
        <source>&amp;Check every:</source>
        <translation>Prüfen &amp;alle:</translation>
    </message>
    <message>
        <source>A job is &amp;stuck after:</source>
        <translation>Ein Job &amp;hängt fest nach:</translation>
    </message>
    <message>
        <source>A job has waited in the &amp;queue too long after:</source>
        <translation>Ein Job wartet zu lange in der Warte&amp;schlange nach:</translation>
    </message>
    <message>
        <source>A job is &amp;long-running after:</source>
        <translation>Ein Job läuft &amp;lange nach:</translation>
    </message>
    <message>
        <source>The &amp;failure rate is high above:</source>
        <translation>Die &amp;Fehlerquote ist hoch ab:</translation>
    </message>
    <message>
        <source>&amp;Pool labels (comma-separated):</source>
        <translation>&amp;Pool-Labels (durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Stuck limits for single workflows</source>
        <translation>Hänge-Limits für einzelne Workflows</translation>
    </message>
    <message>
        <source>Workflow name or file</source>
        <translation>Workflow-Name oder -Datei</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Add &amp;workflow</source>
        <translation>&amp;Workflow hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve workflow</source>
        <translation>Workflow entfe&amp;rnen</translation>
    </message>
    <message>
        <source>The stuck limit for workflow “%1” must be a number of minutes, at least 1.</source>
        <translation>Das Hänge-Limit für den Workflow „%1“ muss eine Anzahl Minuten sein, mindestens 1.</translation>
    </message>
    <message>
        <source>Workflow “%1” has two stuck limits; keep one.</source>
        <translation>Der Workflow „%1“ hat zwei Hänge-Limits; behalten Sie eines.</translation>
    </message>
</context>
<context>
    <name>relayq::NotificationDelivery</name>
    <message>
        <source>Restart %1</source>
        <translation>%1 neu starten</translation>
    </message>
</context>
<context>
    <name>relayq::NotificationPolicy</name>
    <message>
        <source>GitHub is reachable again</source>
        <translation>GitHub ist wieder erreichbar</translation>
    </message>
    <message>
        <source>RelayQ is watching your runners again.</source>
        <translation>RelayQ beobachtet Ihre Runner wieder.</translation>
    </message>
    <message>
        <source>%1 problems in your runner fleet</source>
        <translation>%1 Probleme in Ihrer Runner-Flotte</translation>
    </message>
    <message>
        <source>Open on GitHub</source>
        <translation>Auf GitHub öffnen</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 h zurückstellen</translation>
    </message>
    <message>
        <source>%1 is back online</source>
        <translation>%1 ist wieder online</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1: behoben</translation>
    </message>
    <message>
        <source>%1 problems resolved</source>
        <translation>%1 Probleme behoben</translation>
    </message>
</context>
<context>
    <name>relayq::NotificationsPage</name>
    <message>
        <source>A runner is offline</source>
        <translation>Ein Runner ist offline</translation>
    </message>
    <message>
        <source>A runner was removed from GitHub</source>
        <translation>Ein Runner wurde von GitHub entfernt</translation>
    </message>
    <message>
        <source>A queued job has no online runner to take it</source>
        <translation>Ein wartender Job hat keinen Online-Runner, der ihn übernimmt</translation>
    </message>
    <message>
        <source>A job waits in the queue too long</source>
        <translation>Ein Job wartet zu lange in der Warteschlange</translation>
    </message>
    <message>
        <source>A job is stuck</source>
        <translation>Ein Job hängt fest</translation>
    </message>
    <message>
        <source>A job runs long</source>
        <translation>Ein Job läuft lange</translation>
    </message>
    <message>
        <source>The failure rate is high</source>
        <translation>Die Fehlerquote ist hoch</translation>
    </message>
    <message>
        <source>A label pool has no online runner</source>
        <translation>Ein Label-Pool hat keinen Online-Runner</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Benachrichtigen, wenn</translation>
    </message>
    <message>
        <source>GitHub cannot be reached, and when it can again</source>
        <translation>GitHub ist nicht erreichbar oder wieder erreichbar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A runner that keeps going offline and online notifies at most once in this time</source>
        <translation>Ein Runner, der ständig zwischen offline und online wechselt, löst in diesem Zeitraum höchstens eine Benachrichtigung aus</translation>
    </message>
    <message>
        <source>A &amp;flapping runner notifies at most once every:</source>
        <translation>Bei &amp;flatterndem Runner höchstens eine Benachrichtigung alle:</translation>
    </message>
</context>
<context>
    <name>relayq::PagedList</name>
    <message>
        <source>no &quot;%1&quot; list in the answer</source>
        <translation>keine Liste &quot;%1&quot; in der Antwort</translation>
    </message>
</context>
<context>
    <name>relayq::QueueDiagnosis</name>
    <message>
        <source>%1 can take it; GitHub has not assigned it yet.</source>
        <translation>%1 kann ihn übernehmen; GitHub hat ihn noch nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Waiting for a busy runner: %1.</source>
        <translation>Wartet auf einen beschäftigten Runner: %1.</translation>
    </message>
    <message>
        <source>Waiting for a runner with the labels %1.</source>
        <translation>Wartet auf einen Runner mit den Labels %1.</translation>
    </message>
</context>
<context>
    <name>relayq::RecentDispatchMenu</name>
    <message>
        <source>Dispatch again</source>
        <translation>Erneut auslösen</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>relayq::RecentDispatches</name>
    <message>
        <source>The recent dispatches in %1 could not be read: %2.</source>
        <translation>Die letzten Auslösungen in %1 konnten nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The recent dispatches in %1 could not be read: the file is damaged; the list starts empty.</source>
        <translation>Die letzten Auslösungen in %1 konnten nicht gelesen werden: Die Datei ist beschädigt; die Liste beginnt leer.</translation>
    </message>
    <message>
        <source>The recent dispatches could not be saved to %1: %2.</source>
        <translation>Die letzten Auslösungen konnten nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%1 auf %2 — %3</translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryBackup</name>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryPlanPage</name>
    <message>
        <source>Runner:</source>
        <translation>Runner:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation>das Repository %1</translation>
    </message>
    <message>
        <source>the organization %1</source>
        <translation>die Organisation %1</translation>
    </message>
    <message>
        <source>Registered to:</source>
        <translation>Registriert bei:</translation>
    </message>
    <message>
        <source>none besides GitHub&apos;s default ones</source>
        <translation>keine außer den Standard-Labels von GitHub</translation>
    </message>
    <message>
        <source>The runner&apos;s own labels, separated by commas. GitHub&apos;s default labels (self-hosted, the system and the architecture) are added by the runner itself.</source>
        <translation>Die eigenen Labels des Runners, durch Kommas getrennt. Die Standard-Labels von GitHub (self-hosted, das System und die Architektur) fügt der Runner selbst hinzu.</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This registers %1 with GitHub again, under the same name and labels, in seven steps:</source>
        <translation>Dies registriert %1 erneut bei GitHub, unter demselben Namen und mit denselben Labels, in sieben Schritten:</translation>
    </message>
    <message>
        <source>A backup of the runner&apos;s configuration is made first and kept, whatever happens.</source>
        <translation>Zuerst wird eine Sicherung der Runner-Konfiguration erstellt und in jedem Fall aufbewahrt.</translation>
    </message>
    <message>
        <source>Stopping, uninstalling, installing and starting the service needs administrator rights: the system asks for the administrator password in its own dialog.</source>
        <translation>Das Stoppen, Deinstallieren, Installieren und Starten des Dienstes erfordert Administratorrechte: Das System fragt in einem eigenen Dialog nach dem Administratorpasswort.</translation>
    </message>
    <message>
        <source>If a step fails, the recovery stops there and says what happened and how to resume.</source>
        <translation>Schlägt ein Schritt fehl, hält die Wiederherstellung dort an und teilt mit, was passiert ist und wie sie fortgesetzt werden kann.</translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryProgressPage</name>
    <message>
        <source>Helper output</source>
        <translation>Ausgabe des Hilfsprogramms</translation>
    </message>
    <message>
        <source>Show backup</source>
        <translation>Sicherung anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>The runner is back online.</source>
        <translation>Der Runner ist wieder online.</translation>
    </message>
    <message>
        <source>Resume from step %1</source>
        <translation>Ab Schritt %1 fortsetzen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryWizard</name>
    <message>
        <source>Recover %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Stop the recovery?</source>
        <translation>Wiederherstellung abbrechen?</translation>
    </message>
    <message>
        <source>Stopped when the window was closed.</source>
        <translation>Beim Schließen des Fensters abgebrochen.</translation>
    </message>
    <message>
        <source>The recovery of %1 is at step %2 of %3 (%4).</source>
        <translation>Die Wiederherstellung von %1 ist bei Schritt %2 von %3 (%4).</translation>
    </message>
    <message>
        <source>Closing stops it: a command already running finishes on its own, but no further step runs, and the runner may stay offline or unregistered until the recovery is run again from step %1. The backup is kept.</source>
        <translation>Schließen bricht sie ab: Ein bereits laufender Befehl wird noch zu Ende ausgeführt, aber kein weiterer Schritt, und der Runner kann offline oder unregistriert bleiben, bis die Wiederherstellung erneut ab Schritt %1 ausgeführt wird. Die Sicherung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Stop the recovery and close?</source>
        <translation>Wiederherstellung abbrechen und schließen?</translation>
    </message>
    <message>
        <source>Recovery of %1 stopped by closing its window during step %2 (%3).</source>
        <translation>Wiederherstellung von %1 abgebrochen, weil ihr Fenster während Schritt %2 (%3) geschlossen wurde.</translation>
    </message>
</context>
<context>
    <name>relayq::RunKeyAutostart</name>
    <message>
        <source>RelayQ Tray could not set itself to start on login: its program path is unknown.</source>
        <translation>RelayQ Tray konnte den Start beim Anmelden nicht einrichten: Sein Programmpfad ist unbekannt.</translation>
    </message>
    <message>
        <source>RelayQ Tray could not change whether it starts on login: the registry key %1 could not be written.</source>
        <translation>RelayQ Tray konnte den Start beim Anmelden nicht ändern: Der Registrierungsschlüssel %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerActions</name>
    <message>
        <source>Auto-recovery is restarting %1</source>
        <translation>Automatische Wiederherstellung startet %1 neu</translation>
    </message>
    <message>
        <source>RelayQ does not know how to reach its service.</source>
        <translation>RelayQ weiß nicht, wie sein Dienst erreichbar ist.</translation>
    </message>
    <message>
        <source>RelayQ has not seen %1 on GitHub yet, so it could not tell when it is back; wait for the next check.</source>
        <translation>RelayQ hat %1 noch nicht auf GitHub gesehen und kann daher nicht feststellen, wann er wieder da ist; warten Sie die nächste Prüfung ab.</translation>
    </message>
    <message>
        <source>%1 was not restarted</source>
        <translation>%1 wurde nicht neu gestartet</translation>
    </message>
    <message>
        <source>Auto-recovery: %1</source>
        <translation>Automatische Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>Auto-recovery could not bring %1 back</source>
        <translation>Automatische Wiederherstellung konnte %1 nicht zurückholen</translation>
    </message>
    <message>
        <source>Auto-recovery gave up on %1</source>
        <translation>Automatische Wiederherstellung hat %1 aufgegeben</translation>
    </message>
    <message>
        <source>The runner folder of %1 is not on this computer, so there is nothing to back up here.</source>
        <translation>Der Runner-Ordner von %1 ist nicht auf diesem Computer, daher gibt es hier nichts zu sichern.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2. %3</source>
        <translation>%1 nach %2 gesichert. %3</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>%1 konnte nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>%1 backed up</source>
        <translation>%1 gesichert</translation>
    </message>
    <message>
        <source>%1 was not backed up</source>
        <translation>%1 wurde nicht gesichert</translation>
    </message>
    <message>
        <source>RelayQ Tray quit before the restart of %1 finished (a helper still running was stopped); check that the runner is back online.</source>
        <translation>RelayQ Tray wurde beendet, bevor der Neustart von %1 abgeschlossen war (ein noch laufendes Hilfsprogramm wurde gestoppt); prüfen Sie, ob der Runner wieder online ist.</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerBackup</name>
    <message>
        <source>This backup holds the runner&apos;s private key and credentials. Anyone who has the file can act as this runner on GitHub: keep it where only you can read it, and delete it when it is no longer needed.</source>
        <translation>Diese Sicherung enthält den privaten Schlüssel und die Zugangsdaten des Runners. Wer die Datei besitzt, kann auf GitHub als dieser Runner auftreten: Bewahren Sie sie so auf, dass nur Sie sie lesen können, und löschen Sie sie, wenn sie nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>interrupted after %1</source>
        <translation>unterbrochen nach %1</translation>
    </message>
    <message>
        <source>the written archive cannot be read back (%1)</source>
        <translation>das geschriebene Archiv kann nicht zurückgelesen werden (%1)</translation>
    </message>
    <message>
        <source>the written archive holds %1 entries instead of %2</source>
        <translation>das geschriebene Archiv enthält %1 Einträge statt %2</translation>
    </message>
    <message>
        <source>the written archive does not match %1</source>
        <translation>das geschriebene Archiv stimmt nicht mit %1 überein</translation>
    </message>
    <message>
        <source>The backup of the runner in %1 failed: %2.</source>
        <translation>Die Sicherung des Runners in %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>there is no .runner file, so it is not a configured runner</source>
        <translation>es gibt keine .runner-Datei, also ist es kein konfigurierter Runner</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>interrupted before writing</source>
        <translation>unterbrochen vor dem Schreiben</translation>
    </message>
    <message>
        <source>The backup was written, but the old archive %1 could not be removed.</source>
        <translation>Die Sicherung wurde geschrieben, aber das alte Archiv %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The archive %1 was not restored: %2.</source>
        <translation>Das Archiv %1 wurde nicht wiederhergestellt: %2.</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>es kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>it holds no .runner file, so it is not a runner backup</source>
        <translation>es enthält keine .runner-Datei, also ist es keine Runner-Sicherung</translation>
    </message>
    <message>
        <source>%1 already holds a configured runner, which restoring would overwrite</source>
        <translation>%1 enthält bereits einen konfigurierten Runner, den das Wiederherstellen überschreiben würde</translation>
    </message>
    <message>
        <source>%1 has an absolute path</source>
        <translation>%1 hat einen absoluten Pfad</translation>
    </message>
    <message>
        <source>%1 points outside the runner directory</source>
        <translation>%1 zeigt aus dem Runner-Verzeichnis heraus</translation>
    </message>
    <message>
        <source>%1 is a link</source>
        <translation>%1 ist ein Link</translation>
    </message>
    <message>
        <source>%1 is not a runner configuration file</source>
        <translation>%1 ist keine Runner-Konfigurationsdatei</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerBindingDialog</name>
    <message>
        <source>How RelayQ reaches a runner</source>
        <translation>Wie RelayQ einen Runner erreicht</translation>
    </message>
    <message>
        <source>Runner name</source>
        <translation>Runner-Name</translation>
    </message>
    <message>
        <source>The runner&apos;s name as GitHub shows it</source>
        <translation>Der Name des Runners, wie GitHub ihn anzeigt</translation>
    </message>
    <message>
        <source>Where the runner&apos;s service is</source>
        <translation>Wo sich der Dienst des Runners befindet</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Another computer over SSH</source>
        <translation>Anderer Computer über SSH</translation>
    </message>
    <message>
        <source>My own commands</source>
        <translation>Eigene Befehle</translation>
    </message>
    <message>
        <source>Restart it &amp;automatically when it stays offline (at most 3 times an hour)</source>
        <translation>Automatisch &amp;neu starten, wenn er offline bleibt (höchstens 3-mal pro Stunde)</translation>
    </message>
    <message>
        <source>&amp;Runner:</source>
        <translation>&amp;Runner:</translation>
    </message>
    <message>
        <source>&amp;Reached on:</source>
        <translation>&amp;Zugriff über:</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>Runner folder</source>
        <translation>Runner-Ordner</translation>
    </message>
    <message>
        <source>Empty: found among the runner folders by its name</source>
        <translation>Leer: wird anhand des Namens unter den Runner-Ordnern gesucht</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Runner &amp;folder:</source>
        <translation>Runner-&amp;Ordner:</translation>
    </message>
    <message>
        <source>RelayQ reads the service&apos;s name from the folder&apos;s .service file.</source>
        <translation>RelayQ liest den Namen des Dienstes aus der .service-Datei des Ordners.</translation>
    </message>
    <message>
        <source>SSH destination</source>
        <translation>SSH-Ziel</translation>
    </message>
    <message>
        <source>user@host</source>
        <translation>user@host</translation>
    </message>
    <message>
        <source>Runner folder on that host</source>
        <translation>Runner-Ordner auf diesem Host</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>Empty: read from the folder&apos;s .service file</source>
        <translation>Leer: wird aus der .service-Datei des Ordners gelesen</translation>
    </message>
    <message>
        <source>SSH &amp;destination:</source>
        <translation>SSH-Zi&amp;el:</translation>
    </message>
    <message>
        <source>Runner folder &amp;there:</source>
        <translation>Runner-Ordner &amp;dort:</translation>
    </message>
    <message>
        <source>&amp;Service name:</source>
        <translation>Dienst&amp;name:</translation>
    </message>
    <message>
        <source>RelayQ runs the system&apos;s ssh without asking anything: your own ssh configuration, keys and agent are used and the host key is checked.</source>
        <translation>RelayQ führt das ssh des Systems ohne Rückfragen aus: Ihre eigene ssh-Konfiguration, Schlüssel und Agent werden verwendet, und der Host-Schlüssel wird geprüft.</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Startbefehl</translation>
    </message>
    <message>
        <source>Stop command</source>
        <translation>Stoppbefehl</translation>
    </message>
    <message>
        <source>Status command</source>
        <translation>Statusbefehl</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>S&amp;tart:</translation>
    </message>
    <message>
        <source>St&amp;op:</source>
        <translation>St&amp;opp:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Each command runs as written, without a shell: no pipes, redirections or variables. Put quotes around an argument that holds spaces.</source>
        <translation>Jeder Befehl wird so ausgeführt, wie er geschrieben ist, ohne Shell: keine Pipes, Umleitungen oder Variablen. Setzen Sie ein Argument, das Leerzeichen enthält, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>%1 is reached another way already; edit that binding instead.</source>
        <translation>%1 wird bereits auf andere Weise erreicht; bearbeiten Sie stattdessen diese Zuordnung.</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerConfigReader</name>
    <message>
        <source>malformed .runner: the file is empty</source>
        <translation>fehlerhafte .runner: Die Datei ist leer</translation>
    </message>
    <message>
        <source>malformed .runner: %1 at byte %2</source>
        <translation>fehlerhafte .runner: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>malformed .runner: not a JSON object</source>
        <translation>fehlerhafte .runner: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no such directory</source>
        <translation>Verzeichnis existiert nicht</translation>
    </message>
    <message>
        <source>no .runner file: not a configured runner directory</source>
        <translation>keine .runner-Datei: kein konfiguriertes Runner-Verzeichnis</translation>
    </message>
    <message>
        <source>.service is empty</source>
        <translation>.service ist leer</translation>
    </message>
    <message>
        <source>%1 in .runner is not a whole number</source>
        <translation>%1 in .runner ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 in .runner is not text</source>
        <translation>%1 in .runner ist kein Text</translation>
    </message>
    <message>
        <source>%1 in .runner is not true or false</source>
        <translation>%1 in .runner ist weder true noch false</translation>
    </message>
    <message>
        <source>no %1 in .runner</source>
        <translation>kein %1 in .runner</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerMenu</name>
    <message>
        <source>&amp;Runners</source>
        <translation>&amp;Runner</translation>
    </message>
    <message>
        <source>(no runner RelayQ can act on: bind one in Settings → Runners)</source>
        <translation>(kein Runner, auf den RelayQ zugreifen kann: Ordnen Sie einen unter Einstellungen → Runner zu)</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Wird neu gestartet…</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Back up configuration</source>
        <translation>Konfiguration &amp;sichern</translation>
    </message>
    <message>
        <source>Writes a private archive of the runner&apos;s configuration. It holds the runner&apos;s private key.</source>
        <translation>Schreibt ein privates Archiv der Runner-Konfiguration. Es enthält den privaten Schlüssel des Runners.</translation>
    </message>
    <message>
        <source>Its runner folder is not on this computer.</source>
        <translation>Sein Runner-Ordner ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerModel</name>
    <message>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>No self-hosted runners</source>
        <translation>Keine selbst gehosteten Runner</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 von %2 online</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>data from an earlier check</source>
        <translation>Daten einer früheren Prüfung</translation>
    </message>
    <message>
        <source>Target %1, %2</source>
        <translation>Ziel %1, %2</translation>
    </message>
    <message>
        <source>Online, busy</source>
        <translation>Online, beschäftigt</translation>
    </message>
    <message>
        <source>Online, idle</source>
        <translation>Online, untätig</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Führt %1 aus</translation>
    </message>
    <message>
        <source>Running %1 / %2</source>
        <translation>Führt %1 / %2 aus</translation>
    </message>
    <message>
        <source>Runner %1, %2</source>
        <translation>Runner %1, %2</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerRecovery</name>
    <message>
        <source>Back up the configuration</source>
        <translation>Konfiguration sichern</translation>
    </message>
    <message>
        <source>Stop and uninstall the service</source>
        <translation>Dienst stoppen und deinstallieren</translation>
    </message>
    <message>
        <source>Remove the registration</source>
        <translation>Registrierung entfernen</translation>
    </message>
    <message>
        <source>Get a registration token</source>
        <translation>Registrierungstoken abrufen</translation>
    </message>
    <message>
        <source>Configure the runner again</source>
        <translation>Runner neu konfigurieren</translation>
    </message>
    <message>
        <source>Install and start the service</source>
        <translation>Dienst installieren und starten</translation>
    </message>
    <message>
        <source>Wait until GitHub shows it online</source>
        <translation>Warten, bis GitHub ihn als online anzeigt</translation>
    </message>
    <message>
        <source>Registration token received.</source>
        <translation>Registrierungstoken erhalten.</translation>
    </message>
    <message>
        <source>no backup is available</source>
        <translation>keine Sicherung verfügbar</translation>
    </message>
    <message>
        <source>no archive was written</source>
        <translation>es wurde kein Archiv geschrieben</translation>
    </message>
    <message>
        <source>No configuration left to back up (%1).</source>
        <translation>Keine Konfiguration mehr zu sichern (%1).</translation>
    </message>
    <message>
        <source>the configuration could not be backed up: %1</source>
        <translation>die Konfiguration konnte nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Configuration backed up to %1.</source>
        <translation>Konfiguration in %1 gesichert.</translation>
    </message>
    <message>
        <source>No service is installed (no .service): nothing to stop.</source>
        <translation>Kein Dienst installiert (keine .service-Datei): nichts zu stoppen.</translation>
    </message>
    <message>
        <source>Service stopped and uninstalled.</source>
        <translation>Dienst gestoppt und deinstalliert.</translation>
    </message>
    <message>
        <source>Registration removed with config.sh remove.</source>
        <translation>Registrierung mit config.sh remove entfernt.</translation>
    </message>
    <message>
        <source>No .runner in %1: the registration is deleted through the API.</source>
        <translation>Keine .runner-Datei in %1: Die Registrierung wird über die API gelöscht.</translation>
    </message>
    <message>
        <source>GitHub lists no runner named %1 on %2: nothing to remove.</source>
        <translation>GitHub führt keinen Runner namens %1 auf %2: nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Registration %1 deleted through the API.</source>
        <translation>Registrierung %1 über die API gelöscht.</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to %1 held no token.</source>
        <translation>Die Antwort von GitHub auf %1 enthielt kein Token.</translation>
    </message>
    <message>
        <source>no registration token: run the previous step first</source>
        <translation>kein Registrierungstoken: Führen Sie zuerst den vorherigen Schritt aus</translation>
    </message>
    <message>
        <source>Runner configured as %1 on %2.</source>
        <translation>Runner als %1 auf %2 konfiguriert.</translation>
    </message>
    <message>
        <source>Service installed and started.</source>
        <translation>Dienst installiert und gestartet.</translation>
    </message>
    <message>
        <source>GitHub does not list it</source>
        <translation>GitHub führt ihn nicht auf</translation>
    </message>
    <message>
        <source>GitHub shows %1 online.</source>
        <translation>GitHub zeigt %1 als online an.</translation>
    </message>
    <message>
        <source>GitHub lists it as %1</source>
        <translation>GitHub führt ihn als %1</translation>
    </message>
    <message>
        <source>%1 did not come online within %2 seconds (%3)</source>
        <translation>%1 ist nicht innerhalb von %2 Sekunden online gegangen (%3)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>%1 failed (%2)%3</source>
        <translation>%1 fehlgeschlagen (%2)%3</translation>
    </message>
    <message>
        <source>Step %1 of %2 (%3): %4</source>
        <translation>Schritt %1 von %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 is registered again and online.</source>
        <translation>%1 ist wieder registriert und online.</translation>
    </message>
    <message>
        <source>The configuration backup is kept at %1.</source>
        <translation>Die Sicherung der Konfiguration liegt in %1.</translation>
    </message>
    <message>
        <source>Recovery of %1 stopped at step %2 of %3 (%4): %5.</source>
        <translation>Die Wiederherstellung von %1 wurde bei Schritt %2 von %3 (%4) angehalten: %5.</translation>
    </message>
    <message>
        <source>No backup was made in this attempt.</source>
        <translation>Bei diesem Versuch wurde keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Fix the cause, then resume from step %1 (%2).</source>
        <translation>Beheben Sie die Ursache und setzen Sie dann bei Schritt %1 (%2) fort.</translation>
    </message>
    <message>
        <source>A new registration token is fetched first.</source>
        <translation>Zuerst wird ein neues Registrierungstoken abgerufen.</translation>
    </message>
    <message>
        <source>GitHub is unreachable or failing right now: %1</source>
        <translation>GitHub ist gerade nicht erreichbar oder fehlerhaft: %1</translation>
    </message>
    <message>
        <source>GitHub refused: %1</source>
        <translation>GitHub hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>POST %1: token received, expires at %2</source>
        <translation>POST %1: Token erhalten, gültig bis %2</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerRestart</name>
    <message>
        <source>RelayQ does not know how to reach the service of %1: bind the runner to its service in the settings first.</source>
        <translation>RelayQ weiß nicht, wie der Dienst von %1 erreicht wird: Ordnen Sie den Runner zuerst in den Einstellungen seinem Dienst zu.</translation>
    </message>
    <message>
        <source>this runner</source>
        <translation>dieser Runner</translation>
    </message>
    <message>
        <source>%1 is already being restarted; wait for that restart to finish.</source>
        <translation>%1 wird bereits neu gestartet; warten Sie, bis dieser Neustart abgeschlossen ist.</translation>
    </message>
    <message>
        <source>%1 was restarted a moment ago; try again at %2.</source>
        <translation>%1 wurde gerade erst neu gestartet; versuchen Sie es um %2 erneut.</translation>
    </message>
    <message>
        <source>Restarting the service of %1 (%2)…</source>
        <translation>Dienst von %1 wird neu gestartet (%2)…</translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation>%1 konnte nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <source>The service of %1 restarted; waiting up to %2 s for GitHub to report it online…</source>
        <translation>Der Dienst von %1 wurde neu gestartet; es wird bis zu %2 s gewartet, bis GitHub ihn als online meldet…</translation>
    </message>
    <message>
        <source>%1 is back online.</source>
        <translation>%1 ist wieder online.</translation>
    </message>
    <message>
        <source>The service of %1 restarted, but RelayQ could not confirm it is back: %2</source>
        <translation>Der Dienst von %1 wurde neu gestartet, aber RelayQ konnte nicht bestätigen, dass er wieder da ist: %2</translation>
    </message>
    <message>
        <source>GitHub does not show %1 online yet (%2 s).</source>
        <translation>GitHub zeigt %1 noch nicht als online an (%2 s).</translation>
    </message>
    <message>
        <source>Could not ask GitHub about %1 (%2); trying again.</source>
        <translation>GitHub konnte nicht zu %1 befragt werden (%2); neuer Versuch.</translation>
    </message>
    <message>
        <source>The service of %1 restarted, but RelayQ could not confirm it is back: GitHub unreachable (%2).</source>
        <translation>Der Dienst von %1 wurde neu gestartet, aber RelayQ konnte nicht bestätigen, dass er wieder da ist: GitHub nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The service of %1 restarted, but GitHub does not list the runner any more.</source>
        <translation>Der Dienst von %1 wurde neu gestartet, aber GitHub führt den Runner nicht mehr auf.</translation>
    </message>
    <message>
        <source>The service of %1 restarted, but GitHub still shows it offline after %2 s.</source>
        <translation>Der Dienst von %1 wurde neu gestartet, aber GitHub zeigt ihn nach %2 s immer noch als offline an.</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerServices</name>
    <message>
        <source>RelayQ does not know where the runner %1 runs: no runner folder on this computer carries that name. Add its folder in Settings → Runners, or say how to reach it (SSH or your own commands).</source>
        <translation>RelayQ weiß nicht, wo der Runner %1 läuft: Kein Runner-Ordner auf diesem Rechner trägt diesen Namen. Fügen Sie seinen Ordner unter Einstellungen → Runner hinzu oder geben Sie an, wie er erreicht wird (SSH oder eigene Befehle).</translation>
    </message>
    <message>
        <source>The runner %1 is bound to your own commands, but its start or stop command is empty.</source>
        <translation>Der Runner %1 ist eigenen Befehlen zugeordnet, aber sein Start- oder Stoppbefehl ist leer.</translation>
    </message>
    <message>
        <source>No runner folder on this computer carries the name %1. Add its folder in Settings → Runners.</source>
        <translation>Kein Runner-Ordner auf diesem Rechner trägt den Namen %1. Fügen Sie seinen Ordner unter Einstellungen → Runner hinzu.</translation>
    </message>
    <message>
        <source>The folder %1 of the runner %2 cannot be read.</source>
        <translation>Der Ordner %1 des Runners %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The runner in %1 has no service installed (no .service file): install one with ./svc.sh install, or bind it to your own commands.</source>
        <translation>Für den Runner in %1 ist kein Dienst installiert (keine .service-Datei): Installieren Sie einen mit ./svc.sh install oder ordnen Sie ihn eigenen Befehlen zu.</translation>
    </message>
    <message>
        <source>The .service file in %1 does not name a LaunchAgent.</source>
        <translation>Die .service-Datei in %1 nennt keinen LaunchAgent.</translation>
    </message>
    <message>
        <source>The .service file in %1 does not name a systemd unit.</source>
        <translation>Die .service-Datei in %1 nennt keine systemd-Unit.</translation>
    </message>
    <message>
        <source>Name the systemd unit of the runner %1 on %2, as its .service file there says (e.g. actions.runner.owner-repo.name.service).</source>
        <translation>Geben Sie die systemd-Unit des Runners %1 auf %2 an, wie sie in seiner dortigen .service-Datei steht (z. B. actions.runner.owner-repo.name.service).</translation>
    </message>
    <message>
        <source>%1 on %2 over SSH</source>
        <translation>%1 auf %2 über SSH</translation>
    </message>
</context>
<context>
    <name>relayq::RunnersPage</name>
    <message>
        <source>Folders of the self-hosted runners installed on this machine. RelayQ uses them to restart, back up and recover runners.</source>
        <translation>Ordner der selbst gehosteten Runner, die auf diesem Rechner installiert sind. RelayQ nutzt sie, um Runner neu zu starten, zu sichern und wiederherzustellen.</translation>
    </message>
    <message>
        <source>Runner folders on this machine</source>
        <translation>Runner-Ordner auf diesem Rechner</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Looks for actions-runner* folders in your home folder and in /opt</source>
        <translation>Sucht nach actions-runner*-Ordnern in Ihrem Home-Ordner und in /opt</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;How RelayQ reaches each runner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie RelayQ die einzelnen Runner erreicht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Runners on another computer, or under supervisord, docker and the like, need to be told how their service is started and stopped. Auto-recovery is switched on here, per runner.</source>
        <translation>Bei Runnern auf einem anderen Rechner oder unter supervisord, Docker und Ähnlichem muss angegeben werden, wie ihr Dienst gestartet und gestoppt wird. Die automatische Wiederherstellung wird hier pro Runner eingeschaltet.</translation>
    </message>
    <message>
        <source>How RelayQ reaches each runner</source>
        <translation>Wie RelayQ die einzelnen Runner erreicht</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht über</translation>
    </message>
    <message>
        <source>Auto-recovery</source>
        <translation>Automatische Wiederherstellung</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>This computer, found among the runner folders</source>
        <translation>Dieser Rechner, unter den Runner-Ordnern gefunden</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Dieser Rechner: %1</translation>
    </message>
    <message>
        <source>Over SSH: %1, %2</source>
        <translation>Über SSH: %1, %2</translation>
    </message>
    <message>
        <source>My own commands: %1</source>
        <translation>Eigene Befehle: %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Runner folder</source>
        <translation>Runner-Ordner</translation>
    </message>
    <message>
        <source>No runner folders were found.</source>
        <translation>Es wurden keine Runner-Ordner gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n new runner folder(s).</source>
        <translation>
            <numerusform>%n neuer Runner-Ordner gefunden.</numerusform>
            <numerusform>%n neue Runner-Ordner gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relayq::ServiceRun</name>
    <message>
        <source>%1 was started.</source>
        <translation>%1 wurde gestartet.</translation>
    </message>
    <message>
        <source>%1 was stopped.</source>
        <translation>%1 wurde gestoppt.</translation>
    </message>
    <message>
        <source>%1 was restarted.</source>
        <translation>%1 wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Starting %1 failed: %2</source>
        <translation>Starten von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stopping %1 failed: %2</source>
        <translation>Stoppen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Restarting %1 failed: %2</source>
        <translation>Neustart von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Starting %1 needs administrator rights and the request was refused.</source>
        <translation>Das Starten von %1 erfordert Administratorrechte, und die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Stopping %1 needs administrator rights and the request was refused.</source>
        <translation>Das Stoppen von %1 erfordert Administratorrechte, und die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Restarting %1 needs administrator rights and the request was refused.</source>
        <translation>Der Neustart von %1 erfordert Administratorrechte, und die Anfrage wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>relayq::SessionTokenStore</name>
    <message>
        <source>No token for %1 is kept in memory for this session.</source>
        <translation>Für %1 ist in dieser Sitzung kein Token im Arbeitsspeicher hinterlegt.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>Arbeitsspeicher (nur diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>relayq::SettingsDialog</name>
    <message>
        <source>RelayQ Settings</source>
        <translation>RelayQ-Einstellungen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Runners on this machine</source>
        <translation>Runner auf diesem Rechner</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Warum die Einstellungen nicht gespeichert wurden</translation>
    </message>
    <message>
        <source>The settings were saved, but starting on login could not be changed: %1</source>
        <translation>Die Einstellungen wurden gespeichert, aber „Beim Anmelden starten“ konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>relayq::SettingsMigration</name>
    <message>
        <source>The old settings file %1 could not be copied to %2 (%3).</source>
        <translation>Die alte Einstellungsdatei %1 konnte nicht nach %2 kopiert werden (%3).</translation>
    </message>
    <message>
        <source>notify = &quot;%1&quot; is not true or false, so it was left as it was.</source>
        <translation>notify = &quot;%1&quot; ist weder true noch false und wurde daher unverändert gelassen.</translation>
    </message>
    <message>
        <source>debug = &quot;%1&quot; is not true or false, so it was left as it was.</source>
        <translation>debug = &quot;%1&quot; ist weder true noch false und wurde daher unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>relayq::SettingsStore</name>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source>Missed polls before a runner is offline</source>
        <translation>Verpasste Abfragen, bevor ein Runner als offline gilt</translation>
    </message>
    <message>
        <source>Queued-too-long time</source>
        <translation>Schwelle für zu lange Wartezeit</translation>
    </message>
    <message>
        <source>Stuck time</source>
        <translation>Schwelle für hängende Jobs</translation>
    </message>
    <message>
        <source>Stuck time for a workflow</source>
        <translation>Schwelle für hängende Jobs eines Workflows</translation>
    </message>
    <message>
        <source>Long-running time</source>
        <translation>Schwelle für lang laufende Jobs</translation>
    </message>
    <message>
        <source>Failure-rate threshold</source>
        <translation>Schwellenwert der Fehlerquote</translation>
    </message>
    <message>
        <source>Failure-rate window</source>
        <translation>Fenster für die Fehlerquote</translation>
    </message>
    <message>
        <source>Minimum runs for a failure rate</source>
        <translation>Mindestzahl an Läufen für eine Fehlerquote</translation>
    </message>
    <message>
        <source>Pool labels</source>
        <translation>Pool-Labels</translation>
    </message>
    <message>
        <source>Silenced alert kinds</source>
        <translation>Stummgeschaltete Warnungsarten</translation>
    </message>
    <message>
        <source>Flap window</source>
        <translation>Zeitfenster für flatternde Runner</translation>
    </message>
    <message>
        <source>Connection notifications</source>
        <translation>Verbindungsbenachrichtigungen</translation>
    </message>
    <message>
        <source>Runner folders</source>
        <translation>Runner-Ordner</translation>
    </message>
    <message>
        <source>Start on login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; the defaults are used and the file is left as it is.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht gelesen werden; es werden die Standardwerte verwendet und die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer RelayQ Tray (settings version %2). The settings this version knows are used; the file is not changed.</source>
        <translation>Die Einstellungsdatei %1 wurde von einer neueren Version von RelayQ Tray geschrieben (Einstellungsversion %2). Es werden die Einstellungen verwendet, die diese Version kennt; die Datei wird nicht geändert.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written, so it was not brought up to date.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden und wurde daher nicht aktualisiert.</translation>
    </message>
    <message>
        <source>Its settings were read all the same.</source>
        <translation>Ihre Einstellungen wurden trotzdem gelesen.</translation>
    </message>
    <message>
        <source>%1: %2 That entry is left out.</source>
        <translation>%1: %2 Dieser Eintrag wird ausgelassen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3. The default (%4) is used instead.</source>
        <translation>%1: &quot;%2&quot; ist ungültig, erwartet wird %3. Stattdessen wird der Standardwert (%4) verwendet.</translation>
    </message>
    <message>
        <source>%1: %2 The default (%3) is used instead.</source>
        <translation>%1: %2 Stattdessen wird der Standardwert (%3) verwendet.</translation>
    </message>
    <message>
        <source>monitor/failure_minimum_runs: %1 is more than the failure-rate window of %2 runs; %2 is used instead.</source>
        <translation>monitor/failure_minimum_runs: %1 ist größer als das Fenster für die Fehlerquote von %2 Läufen; stattdessen wird %2 verwendet.</translation>
    </message>
    <message>
        <source>The settings file holds %1, which looks like a secret. RelayQ Tray keeps the token only in the system keychain and removes %1 from the file when settings are next saved.</source>
        <translation>Die Einstellungsdatei enthält %1, was nach einem Geheimnis aussieht. RelayQ Tray bewahrt das Token nur im Schlüsselbund des Systems auf und entfernt %1 beim nächsten Speichern der Einstellungen aus der Datei.</translation>
    </message>
    <message>
        <source>The settings were not saved, so the old file is not lost.</source>
        <translation>Die Einstellungen wurden nicht gespeichert, damit die alte Datei nicht verloren geht.</translation>
    </message>
    <message>
        <source>Minimum runs for a failure rate must not be more than the failure-rate window (%1 runs); %2 was given.</source>
        <translation>Die Mindestzahl an Läufen für eine Fehlerquote darf nicht größer sein als das Fenster für die Fehlerquote (%1 Läufe); angegeben wurde %2.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is read-only or its folder cannot be written. Make them writable and try again.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1 ist schreibgeschützt oder sein Ordner ist nicht beschreibbar. Machen Sie sie beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Runner %1: %2</source>
        <translation>Runner %1: %2</translation>
    </message>
    <message>
        <source>Runner %1: auto_recovery must be true or false; &quot;%2&quot; was given.</source>
        <translation>Runner %1: auto_recovery muss true oder false sein; angegeben wurde &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1/%2: %3 That binding is left out.</source>
        <translation>%1/%2: %3 Diese Zuordnung wird ausgelassen.</translation>
    </message>
    <message>
        <source>Tray icon</source>
        <translation>Symbol in der Systemleiste</translation>
    </message>
</context>
<context>
    <name>relayq::SettingsValue</name>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number such as 0.2</source>
        <translation>eine Zahl wie 0.2</translation>
    </message>
    <message>
        <source>Type the runner&apos;s name as GitHub shows it.</source>
        <translation>Geben Sie den Namen des Runners so ein, wie GitHub ihn anzeigt.</translation>
    </message>
    <message>
        <source>The runner&apos;s name must not start or end with a space.</source>
        <translation>Der Name des Runners darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>A runner binding: %1</source>
        <translation>Eine Runner-Zuordnung: %1</translation>
    </message>
    <message>
        <source>Runner %1: %2</source>
        <translation>Runner %1: %2</translation>
    </message>
    <message>
        <source>Runner %1 is bound twice; RelayQ reaches each runner one way only.</source>
        <translation>Runner %1 ist doppelt zugeordnet; RelayQ erreicht jeden Runner nur auf eine Weise.</translation>
    </message>
    <message>
        <source>The way to reach the runner must be local, ssh or commands; &quot;%1&quot; was given.</source>
        <translation>Die Art, den Runner zu erreichen, muss local, ssh oder commands sein; angegeben wurde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given.</source>
        <translation>%1 muss zwischen %2 und %3 liegen; angegeben wurde %4.</translation>
    </message>
    <message>
        <source>%1 must be repositories (owner/repo) or organisations (org); &quot;%2&quot; was given.</source>
        <translation>%1 müssen Repositorys (owner/repo) oder Organisationen (org) sein; angegeben wurde &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must each be listed once; %2 was given twice.</source>
        <translation>%1 dürfen jeweils nur einmal aufgeführt werden; %2 wurde doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 must be among %2; &quot;%3&quot; was given.</source>
        <translation>%1 müssen zu %2 gehören; angegeben wurde &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 must not be blank or start or end with a space; &quot;%2&quot; was given.</source>
        <translation>%1 darf nicht leer sein und nicht mit einem Leerzeichen beginnen oder enden; angegeben wurde &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be full paths; &quot;%2&quot; was given.</source>
        <translation>%1 müssen vollständige Pfade sein; angegeben wurde &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be written workflow=seconds; &quot;%2&quot; was given.</source>
        <translation>%1 müssen als workflow=Sekunden geschrieben werden; angegeben wurde &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs the name of a workflow; &quot;%2&quot; was given.</source>
        <translation>%1 benötigt den Namen eines Workflows; angegeben wurde &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given for &quot;%5&quot;.</source>
        <translation>%1 muss zwischen %2 und %3 liegen; für &quot;%5&quot; wurde %4 angegeben.</translation>
    </message>
    <message>
        <source>%1 must name each workflow once; &quot;%2&quot; was given twice.</source>
        <translation>%1 muss jeden Workflow nur einmal nennen; &quot;%2&quot; wurde doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 must be one of %2; &quot;%3&quot; was given.</source>
        <translation>%1 muss einer der Werte %2 sein; angegeben wurde &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 must be empty (follow the system) or a language name such as de or pt_BR; &quot;%2&quot; was given.</source>
        <translation>%1 muss leer sein (dem System folgen) oder ein Sprachname wie de oder pt_BR; angegeben wurde &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The runner folder must be a full path; &quot;%1&quot; was given.</source>
        <translation>Der Runner-Ordner muss ein vollständiger Pfad sein; angegeben wurde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the SSH destination, such as ci@build-host.</source>
        <translation>Geben Sie das SSH-Ziel ein, zum Beispiel ci@build-host.</translation>
    </message>
    <message>
        <source>The SSH destination must not start with &apos;-&apos;; &quot;%1&quot; was given.</source>
        <translation>Das SSH-Ziel darf nicht mit &apos;-&apos; beginnen; angegeben wurde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The SSH destination must not contain spaces; &quot;%1&quot; was given.</source>
        <translation>Das SSH-Ziel darf keine Leerzeichen enthalten; angegeben wurde &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the runner folder on that host, or the name of its service.</source>
        <translation>Geben Sie den Runner-Ordner auf diesem Host oder den Namen seines Dienstes ein.</translation>
    </message>
    <message>
        <source>Your own commands need a start command and a stop command.</source>
        <translation>Eigene Befehle benötigen einen Start- und einen Stopp-Befehl.</translation>
    </message>
</context>
<context>
    <name>relayq::SshDestination</name>
    <message>
        <source>The user name “%1” may only contain letters, digits and . _ - and cannot start with a dash or a dot.</source>
        <translation>Der Benutzername „%1“ darf nur Buchstaben, Ziffern und . _ - enthalten und nicht mit einem Bindestrich oder Punkt beginnen.</translation>
    </message>
    <message>
        <source>“%1” is not written as [IPv6 address]:port.</source>
        <translation>„%1“ hat nicht die Form [IPv6-Adresse]:Port.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address; put an IPv6 address with a port in brackets: [address]:port.</source>
        <translation>„%1“ ist keine IPv6-Adresse; setzen Sie eine IPv6-Adresse mit Port in eckige Klammern: [Adresse]:Port.</translation>
    </message>
    <message>
        <source>“%1” names no host. Write it as [user@]host[:port].</source>
        <translation>„%1“ nennt keinen Host. Schreiben Sie es als [user@]host[:port].</translation>
    </message>
    <message>
        <source>The host name “%1” may only contain letters, digits and . _ - and cannot start with a dash or a dot.</source>
        <translation>Der Hostname „%1“ darf nur Buchstaben, Ziffern und . _ - enthalten und nicht mit einem Bindestrich oder Punkt beginnen.</translation>
    </message>
    <message>
        <source>“%1” is not a port number (1 to 65535).</source>
        <translation>„%1“ ist keine Portnummer (1 bis 65535).</translation>
    </message>
    <message>
        <source>No SSH host is given: write it as [user@]host[:port].</source>
        <translation>Kein SSH-Host angegeben: Schreiben Sie ihn als [user@]host[:port].</translation>
    </message>
    <message>
        <source>“%1” starts with a dash, which ssh would read as an option, not a host. Write the host as [user@]host[:port].</source>
        <translation>„%1“ beginnt mit einem Bindestrich, den ssh als Option statt als Host lesen würde. Schreiben Sie den Host als [user@]host[:port].</translation>
    </message>
    <message>
        <source>The SSH destination contains a space or a control character. Write it as [user@]host[:port], without spaces.</source>
        <translation>Das SSH-Ziel enthält ein Leerzeichen oder ein Steuerzeichen. Schreiben Sie es als [user@]host[:port], ohne Leerzeichen.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which a shell would interpret. An SSH destination only holds letters, digits and . _ - (written [user@]host[:port]).</source>
        <translation>„%1“ enthält „%2“, was eine Shell interpretieren würde. Ein SSH-Ziel enthält nur Buchstaben, Ziffern und . _ - (geschrieben als [user@]host[:port]).</translation>
    </message>
    <message>
        <source>“%1” contains more than one @. Write the host as [user@]host[:port].</source>
        <translation>„%1“ enthält mehr als ein @. Schreiben Sie den Host als [user@]host[:port].</translation>
    </message>
</context>
<context>
    <name>relayq::SshProcessRunner</name>
    <message>
        <source>The host key of %1 has changed since it was last seen, so ssh refused to connect: it may have been reinstalled, or someone may be intercepting the connection. Check with the host&apos;s administrator, then update the key in your known_hosts file (ssh-keygen -R).</source>
        <translation>Der Host-Schlüssel von %1 hat sich seit der letzten Verbindung geändert, daher hat ssh die Verbindung verweigert: Der Host wurde möglicherweise neu installiert, oder jemand fängt die Verbindung ab. Klären Sie das mit dem Administrator des Hosts und aktualisieren Sie dann den Schlüssel in Ihrer known_hosts-Datei (ssh-keygen -R).</translation>
    </message>
    <message>
        <source>The host key of %1 is not known, so ssh refused to connect. Connect once with ssh in a terminal (%2), check the key&apos;s fingerprint and accept it, then try again.</source>
        <translation>Der Host-Schlüssel von %1 ist unbekannt, daher hat ssh die Verbindung verweigert. Verbinden Sie sich einmal mit ssh in einem Terminal (%2), prüfen Sie den Fingerabdruck des Schlüssels, akzeptieren Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 refused the login (%2). RelayQ logs in without asking for a password: load your key into the SSH agent (ssh-add) or name it in ~/.ssh/config, and make sure its public key is in the remote user&apos;s authorized_keys.</source>
        <translation>%1 hat die Anmeldung abgelehnt (%2). RelayQ meldet sich an, ohne nach einem Passwort zu fragen: Laden Sie Ihren Schlüssel in den SSH-Agenten (ssh-add) oder geben Sie ihn in ~/.ssh/config an, und stellen Sie sicher, dass sein öffentlicher Schlüssel in den authorized_keys des entfernten Benutzers steht.</translation>
    </message>
    <message>
        <source>The host name of %1 could not be resolved. Check the name, or define it as a Host in ~/.ssh/config.</source>
        <translation>Der Hostname von %1 konnte nicht aufgelöst werden. Prüfen Sie den Namen oder definieren Sie ihn als Host in ~/.ssh/config.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server is listening on that port. Check the port and that sshd runs there.</source>
        <translation>%1 hat die Verbindung abgelehnt: Auf diesem Port lauscht kein SSH-Server. Prüfen Sie den Port und ob dort sshd läuft.</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check the host name, the network and any firewall in between.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie den Hostnamen, das Netzwerk und etwaige Firewalls dazwischen.</translation>
    </message>
    <message>
        <source>ssh could not connect to %1: %2</source>
        <translation>ssh konnte keine Verbindung zu %1 herstellen: %2</translation>
    </message>
    <message>
        <source>%1 cannot be run on %2: environment variables cannot be passed safely to a remote host.</source>
        <translation>%1 kann nicht auf %2 ausgeführt werden: Umgebungsvariablen können nicht sicher an einen entfernten Host übergeben werden.</translation>
    </message>
    <message>
        <source>No program is given to run on %1.</source>
        <translation>Es ist kein Programm angegeben, das auf %1 ausgeführt werden soll.</translation>
    </message>
    <message>
        <source>%1 Is the OpenSSH client installed?</source>
        <translation>%1 Ist der OpenSSH-Client installiert?</translation>
    </message>
    <message>
        <source>The command on %1 did not finish within %2 ms; ssh was stopped.</source>
        <translation>Der Befehl auf %1 wurde nicht innerhalb von %2 ms beendet; ssh wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>relayq::StatusSummary</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Can&apos;t reach GitHub</source>
        <translation>GitHub ist nicht erreichbar</translation>
    </message>
    <message>
        <source>GitHub is not answering</source>
        <translation>GitHub antwortet nicht</translation>
    </message>
    <message>
        <source>Can&apos;t connect to GitHub securely</source>
        <translation>Keine sichere Verbindung zu GitHub möglich</translation>
    </message>
    <message>
        <source>GitHub rejected the token</source>
        <translation>GitHub hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>The token lacks a permission</source>
        <translation>Dem Token fehlt eine Berechtigung</translation>
    </message>
    <message>
        <source>A watched repository or organisation was not found</source>
        <translation>Ein überwachtes Repository oder eine überwachte Organisation wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Rate-limited by GitHub</source>
        <translation>Ratenlimit von GitHub erreicht</translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation>Ratenlimit erreicht bis %1</translation>
    </message>
    <message>
        <source>GitHub has a server problem</source>
        <translation>GitHub hat ein Serverproblem</translation>
    </message>
    <message>
        <source>GitHub sent an answer RelayQ does not understand</source>
        <translation>GitHub hat eine Antwort gesendet, die RelayQ nicht versteht</translation>
    </message>
    <message>
        <source>Checking GitHub…</source>
        <translation>GitHub wird abgefragt…</translation>
    </message>
    <message>
        <source>notifications paused</source>
        <translation>Benachrichtigungen pausiert</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 ist offline</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 wurde entfernt</translation>
    </message>
    <message>
        <source>No online runner for %1</source>
        <translation>Kein Runner online für %1</translation>
    </message>
    <message>
        <source>%1 has been queued too long</source>
        <translation>%1 wartet schon zu lange</translation>
    </message>
    <message>
        <source>%1 looks stuck</source>
        <translation>%1 scheint festzuhängen</translation>
    </message>
    <message>
        <source>%1 is running long</source>
        <translation>%1 läuft schon lange</translation>
    </message>
    <message>
        <source>Many runs fail in %1</source>
        <translation>Viele Läufe schlagen in %1 fehl</translation>
    </message>
    <message>
        <source>No online runner in pool %1</source>
        <translation>Kein Runner online im Pool %1</translation>
    </message>
    <message>
        <source>%1 and 1 more problem</source>
        <translation>%1 und 1 weiteres Problem</translation>
    </message>
    <message>
        <source>%1 and %2 more problems</source>
        <translation>%1 und %2 weitere Probleme</translation>
    </message>
    <message>
        <source>1 job running</source>
        <translation>1 Job läuft</translation>
    </message>
    <message>
        <source>%1 jobs running</source>
        <translation>%1 Jobs laufen</translation>
    </message>
    <message>
        <source>No self-hosted runners registered</source>
        <translation>Keine selbst gehosteten Runner registriert</translation>
    </message>
    <message>
        <source>The only runner is online</source>
        <translation>Der einzige Runner ist online</translation>
    </message>
    <message>
        <source>All %1 runners online</source>
        <translation>Alle %1 Runner online</translation>
    </message>
    <message>
        <source>%1/%2 runners online</source>
        <translation>%1/%2 Runner online</translation>
    </message>
    <message>
        <source>checking now</source>
        <translation>wird jetzt geprüft</translation>
    </message>
    <message>
        <source>next check in %1</source>
        <translation>nächste Prüfung in %1</translation>
    </message>
    <message>
        <source>no runners</source>
        <translation>keine Runner</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufend</translation>
    </message>
    <message>
        <source>1 queued %1</source>
        <translation>1 wartet seit %1</translation>
    </message>
    <message>
        <source>%1 queued, longest %2</source>
        <translation>%1 wartend, längster seit %2</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>last update %1</source>
        <translation>letzte Aktualisierung %1</translation>
    </message>
</context>
<context>
    <name>relayq::StatusWindow</name>
    <message>
        <source>RelayQ — runner status</source>
        <translation>RelayQ — Runner-Status</translation>
    </message>
    <message>
        <source>RelayQ runner status</source>
        <translation>RelayQ-Runner-Status</translation>
    </message>
    <message>
        <source>Waiting for the first check…</source>
        <translation>Warten auf die erste Abfrage…</translation>
    </message>
    <message>
        <source>Fleet status</source>
        <translation>Flottenstatus</translation>
    </message>
    <message>
        <source>What to set up</source>
        <translation>Was einzurichten ist</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
    <message>
        <source>Runners by target</source>
        <translation>Runner nach Ziel</translation>
    </message>
    <message>
        <source>Active runs and queued jobs</source>
        <translation>Aktive Läufe und wartende Jobs</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht abgefragt.</translation>
    </message>
    <message>
        <source>Connection to GitHub</source>
        <translation>Verbindung zu GitHub</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Ausgeführte Aktionen</translation>
    </message>
    <message>
        <source>&amp;Runners</source>
        <translation>&amp;Runner</translation>
    </message>
    <message>
        <source>Active runs and &amp;queued jobs</source>
        <translation>Aktive Läufe und wartende &amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Warnungen</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>A&amp;ktionen</translation>
    </message>
    <message>
        <source>A&amp;cknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>No more notifications about the selected alerts while they last</source>
        <translation>Keine weiteren Benachrichtigungen zu den ausgewählten Warnungen, solange sie bestehen</translation>
    </message>
    <message>
        <source>&amp;Snooze 1 h</source>
        <translation>1 h &amp;zurückstellen</translation>
    </message>
    <message>
        <source>No notifications about the selected alerts for one hour</source>
        <translation>Eine Stunde lang keine Benachrichtigungen zu den ausgewählten Warnungen</translation>
    </message>
    <message>
        <source>Snooze until &amp;tomorrow</source>
        <translation>Bis &amp;morgen zurückstellen</translation>
    </message>
    <message>
        <source>No notifications about the selected alerts until tomorrow at 08:00</source>
        <translation>Keine Benachrichtigungen zu den ausgewählten Warnungen bis morgen um 08:00 Uhr</translation>
    </message>
    <message>
        <source>&amp;Open on GitHub</source>
        <translation>Auf &amp;GitHub öffnen</translation>
    </message>
    <message>
        <source>Set &amp;up…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>Give RelayQ a GitHub token and choose what to watch</source>
        <translation>RelayQ ein GitHub-Token geben und auswählen, was überwacht wird</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Last successful check %1</source>
        <translation>Letzte erfolgreiche Abfrage um %1</translation>
    </message>
    <message>
        <source>No successful check yet</source>
        <translation>Noch keine erfolgreiche Abfrage</translation>
    </message>
    <message>
        <source>next check %1</source>
        <translation>nächste Abfrage um %1</translation>
    </message>
    <message>
        <source>%1 of %2 API requests left this hour</source>
        <translation>%1 von %2 API-Anfragen in dieser Stunde übrig</translation>
    </message>
    <message>
        <source>GitHub did not answer as expected (%1).</source>
        <translation>GitHub hat nicht wie erwartet geantwortet (%1).</translation>
    </message>
    <message>
        <source>Not watching anything yet</source>
        <translation>Es wird noch nichts überwacht</translation>
    </message>
    <message>
        <source>Last action on a runner</source>
        <translation>Letzte Aktion an einem Runner</translation>
    </message>
</context>
<context>
    <name>relayq::SystemdService</name>
    <message>
        <source>systemctl gave no state</source>
        <translation>systemctl hat keinen Zustand geliefert</translation>
    </message>
    <message>
        <source>“%1” is not a systemd unit name RelayQ can use: only letters, digits and @ . _ : - are allowed, and it cannot start with -.</source>
        <translation>„%1“ ist kein systemd-Unit-Name, den RelayQ verwenden kann: Nur Buchstaben, Ziffern und @ . _ : - sind erlaubt, und er darf nicht mit - beginnen.</translation>
    </message>
    <message>
        <source>systemd user unit %1</source>
        <translation>systemd-Benutzer-Unit %1</translation>
    </message>
    <message>
        <source>systemd system unit %1</source>
        <translation>systemd-System-Unit %1</translation>
    </message>
    <message>
        <source>The service %1 is not installed (systemd knows no such unit).</source>
        <translation>Der Dienst %1 ist nicht installiert (systemd kennt keine solche Unit).</translation>
    </message>
    <message>
        <source>%1 is running (%2).</source>
        <translation>%1 läuft (%2).</translation>
    </message>
    <message>
        <source>%1 is stopped (%2).</source>
        <translation>%1 ist gestoppt (%2).</translation>
    </message>
    <message>
        <source>%1 has failed (%2).</source>
        <translation>%1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The state of %1 could not be read (%2).</source>
        <translation>Der Zustand von %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>relayq::TargetListEditor</name>
    <message>
        <source>owner/repo or organisation</source>
        <translation>owner/repo oder Organisation</translation>
    </message>
    <message>
        <source>Repository or organisation to add</source>
        <translation>Hinzuzufügendes Repository oder hinzuzufügende Organisation</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Watched repositories and organisations</source>
        <translation>Überwachte Repositorys und Organisationen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>there is no token yet</source>
        <translation>es gibt noch kein Token</translation>
    </message>
    <message>
        <source>“%1” is not a target. Type owner/repo for a repository or a name for an organisation.</source>
        <translation>„%1“ ist kein Ziel. Geben Sie owner/repo für ein Repository oder einen Namen für eine Organisation ein.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1 was added without a check: %2.</source>
        <translation>%1 wurde ohne Prüfung hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>%1 was not found, or this token cannot see it.</source>
        <translation>%1 wurde nicht gefunden, oder dieses Token kann es nicht sehen.</translation>
    </message>
    <message>
        <source>%1 It was not added.</source>
        <translation>%1 Es wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>GitHub did not answer as expected (%1).</source>
        <translation>GitHub hat nicht wie erwartet geantwortet (%1).</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>%1 was added, but could not be checked: %2</source>
        <translation>%1 wurde hinzugefügt, konnte aber nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 was added, but: %2</source>
        <translation>%1 wurde hinzugefügt, aber: %2</translation>
    </message>
</context>
<context>
    <name>relayq::TargetsPage</name>
    <message>
        <source>Repositories (owner/repo) and organisations whose self-hosted runners RelayQ watches. Each is checked with your token as you add it.</source>
        <translation>Repositorys (owner/repo) und Organisationen, deren selbst gehostete Runner RelayQ überwacht. Jedes Ziel wird beim Hinzufügen mit Ihrem Token geprüft.</translation>
    </message>
    <message>
        <source>Wait until the targets being added have been checked.</source>
        <translation>Warten Sie, bis die hinzugefügten Ziele geprüft wurden.</translation>
    </message>
</context>
<context>
    <name>relayq::TokenEntry</name>
    <message>
        <source>github_pat_… or ghp_…</source>
        <translation>github_pat_… oder ghp_…</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Token check</source>
        <translation>Token-Prüfung</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problem mit dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation>Token nur für diese Sitzung im Arbeitsspeicher behalten</translation>
    </message>
    <message>
        <source>RelayQ forgets the token when it quits; it is never written to disk. You will be asked for it again next time.</source>
        <translation>RelayQ vergisst das Token beim Beenden; es wird nie auf die Festplatte geschrieben. Beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>It needs, for the repositories you watch: Administration: read, Actions: read (write to start workflows), Metadata: read; and for organisations: Self-hosted runners: read. A classic token needs the repo scope (admin:org for organisations).</source>
        <translation>Für die überwachten Repositorys benötigt es: Administration: read, Actions: read (write, um Workflows zu starten), Metadata: read; für Organisationen: Self-hosted runners: read. Ein klassisches Token benötigt den Scope repo (admin:org für Organisationen).</translation>
    </message>
    <message>
        <source>&amp;Import from GitHub CLI</source>
        <translation>Aus GitHub CLI &amp;importieren</translation>
    </message>
    <message>
        <source>Takes the token of a logged-in gh (gh auth token)</source>
        <translation>Übernimmt das Token eines angemeldeten gh (gh auth token)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Asks GitHub whom the token belongs to</source>
        <translation>Fragt GitHub, wem das Token gehört</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Create a fine-grained token on GitHub&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Fine-grained Token auf GitHub erstellen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The OS keychain cannot be used: %1 Until that is fixed, RelayQ can keep the token in memory for this session only.</source>
        <translation>Der Schlüsselbund des Betriebssystems kann nicht verwendet werden: %1 Bis das behoben ist, kann RelayQ das Token nur für diese Sitzung im Arbeitsspeicher behalten.</translation>
    </message>
    <message>
        <source>Asking GitHub whom the token belongs to…</source>
        <translation>GitHub wird gefragt, wem das Token gehört…</translation>
    </message>
    <message>
        <source>GitHub did not accept the token (HTTP %1).</source>
        <translation>GitHub hat das Token nicht akzeptiert (HTTP %1).</translation>
    </message>
    <message>
        <source>Belongs to %1 (%2).</source>
        <translation>Gehört %1 (%2).</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
    <message>
        <source>Asking the GitHub CLI for its token for %1…</source>
        <translation>GitHub CLI wird nach seinem Token für %1 gefragt…</translation>
    </message>
    <message>
        <source>The GitHub CLI gave no token for %1.</source>
        <translation>GitHub CLI hat kein Token für %1 geliefert.</translation>
    </message>
    <message>
        <source>Imported the GitHub CLI&apos;s token for %1.</source>
        <translation>Token von GitHub CLI für %1 importiert.</translation>
    </message>
</context>
<context>
    <name>relayq::TokenIdentity</name>
    <message>
        <source>classic</source>
        <translation>klassisch</translation>
    </message>
    <message>
        <source>fine-grained</source>
        <translation>fine-grained</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>relayq::TrayActions</name>
    <message>
        <source>Backed up %1 to %2. %3</source>
        <translation>%1 in %2 gesichert. %3</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>%1 konnte nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>The runner folder of %1 is not on this computer: recover it where it runs (relayqctl recover %1).</source>
        <translation>Der Runner-Ordner von %1 befindet sich nicht auf diesem Rechner: Stellen Sie den Runner dort wieder her, wo er läuft (relayqctl recover %1).</translation>
    </message>
    <message>
        <source>RelayQ has not seen %1 on GitHub yet; wait for the next check.</source>
        <translation>RelayQ hat %1 noch nicht auf GitHub gesehen; warten Sie die nächste Abfrage ab.</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Recovery of %1 stopped</source>
        <translation>Wiederherstellung von %1 angehalten</translation>
    </message>
</context>
<context>
    <name>relayq::TrayCommandLine</name>
    <message>
        <source>RelayQ Tray shows the state of your self-hosted GitHub Actions runners in the system tray.

The token is read from GH_TOKEN, then GITHUB_TOKEN, then the OS keychain. --repo, --org and --api-url apply to this run only; the settings file keeps what Settings… saves.</source>
        <translation>RelayQ Tray zeigt den Zustand Ihrer selbst gehosteten GitHub-Actions-Runner in der Systemleiste an.

Das Token wird aus GH_TOKEN, dann GITHUB_TOKEN, dann dem Schlüsselbund des Betriebssystems gelesen. --repo, --org und --api-url gelten nur für diesen Start; die Einstellungsdatei behält, was Einstellungen… speichert.</translation>
    </message>
    <message>
        <source>Watch the built-in demo fleet (no token needed).</source>
        <translation>Die eingebaute Demo-Flotte überwachen (kein Token nötig).</translation>
    </message>
    <message>
        <source>Watch the repository OWNER/REPO (repeatable).</source>
        <translation>Das Repository OWNER/REPO überwachen (wiederholbar).</translation>
    </message>
    <message>
        <source>OWNER/REPO</source>
        <translation>OWNER/REPO</translation>
    </message>
    <message>
        <source>Watch the organisation ORG (repeatable).</source>
        <translation>Die Organisation ORG überwachen (wiederholbar).</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>GitHub API URL: https://api.github.com or https://HOST/api/v3 (default: the settings&apos; URL).</source>
        <translation>GitHub-API-URL: https://api.github.com oder https://HOST/api/v3 (Standard: die URL aus den Einstellungen).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read and write the settings in FILE (default: $RELAYQ_CONFIG, else the user&apos;s config folder).</source>
        <translation>Einstellungen in FILE lesen und schreiben (Standard: $RELAYQ_CONFIG, sonst der Konfigurationsordner des Benutzers).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Do not open the first-run setup by itself when a token or targets are missing.</source>
        <translation>Die Ersteinrichtung nicht von selbst öffnen, wenn ein Token oder Ziele fehlen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Unerwartetes Argument: %1.</translation>
    </message>
    <message>
        <source>Not a repository: &quot;%1&quot;. Write it as OWNER/REPO, e.g. octocat/hello-world.</source>
        <translation>Kein Repository: &quot;%1&quot;. Schreiben Sie es als OWNER/REPO, z. B. octocat/hello-world.</translation>
    </message>
    <message>
        <source>Not an organisation name: &quot;%1&quot;.</source>
        <translation>Kein Organisationsname: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Log more (at least the debug level, whatever the settings say). The log is kept in %1.</source>
        <translation>Mehr protokollieren (mindestens die Stufe Debug, unabhängig von den Einstellungen). Das Protokoll liegt in %1.</translation>
    </message>
</context>
<context>
    <name>relayq::TrayMenu</name>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>Benachrichtigungen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>&amp;Open status window</source>
        <translation>&amp;Statusfenster öffnen</translation>
    </message>
    <message>
        <source>Set &amp;up RelayQ Tray…</source>
        <translation>RelayQ Tray &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;Dispatch workflow…</source>
        <translation>&amp;Workflow auslösen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>Benachrichtigungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Open %1 on GitHub</source>
        <translation>%1 auf GitHub öffnen</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
</context>
<context>
    <name>relayq::TraySession</name>
    <message>
        <source>Could not start the demo fleet on a loopback port.</source>
        <translation>Die Demo-Flotte konnte auf keinem Loopback-Port gestartet werden.</translation>
    </message>
    <message>
        <source>Settings file %1: %2</source>
        <translation>Einstellungsdatei %1: %2</translation>
    </message>
    <message>
        <source>Reading the token from the OS keychain…</source>
        <translation>Token wird aus dem Schlüsselbund des Betriebssystems gelesen…</translation>
    </message>
    <message>
        <source>RelayQ Tray is not set up yet: it needs a GitHub token and targets to watch (repositories OWNER/REPO or organisations). %1Choose Set up… to do both in a few steps. To look around first, run relayq-tray --demo.</source>
        <translation>RelayQ Tray ist noch nicht eingerichtet: Es benötigt ein GitHub-Token und zu überwachende Ziele (Repositorys OWNER/REPO oder Organisationen). %1Wählen Sie „Einrichten…“, um beides in wenigen Schritten zu erledigen. Um sich zuerst umzusehen, starten Sie relayq-tray --demo.</translation>
    </message>
    <message>
        <source>No GitHub token for %1. %2Choose Set up… to paste one or import it from the GitHub CLI, or set GH_TOKEN (or GITHUB_TOKEN) before starting relayq-tray. To look around first, run relayq-tray --demo.</source>
        <translation>Kein GitHub-Token für %1. %2Wählen Sie „Einrichten…“, um eines einzufügen oder aus GitHub CLI zu importieren, oder setzen Sie GH_TOKEN (oder GITHUB_TOKEN), bevor Sie relayq-tray starten. Um sich zuerst umzusehen, starten Sie relayq-tray --demo.</translation>
    </message>
    <message>
        <source>Nothing to watch: there are no targets yet. Add a repository (OWNER/REPO) or an organisation in Settings… → Targets, or start relayq-tray with --repo OWNER/REPO or --org ORG (or try relayq-tray --demo).</source>
        <translation>Nichts zu überwachen: Es gibt noch keine Ziele. Fügen Sie unter Einstellungen… → Ziele ein Repository (OWNER/REPO) oder eine Organisation hinzu, oder starten Sie relayq-tray mit --repo OWNER/REPO oder --org ORG (oder probieren Sie relayq-tray --demo).</translation>
    </message>
    <message>
        <source>GitHub token from %1.</source>
        <translation>GitHub-Token aus %1.</translation>
    </message>
    <message>
        <source>No GitHub token for %1.</source>
        <translation>Kein GitHub-Token für %1.</translation>
    </message>
    <message>
        <source>The API URL %1 was not used: %2 Still watching %3.</source>
        <translation>Die API-URL %1 wurde nicht verwendet: %2 Es wird weiterhin %3 überwacht.</translation>
    </message>
</context>
<context>
    <name>relayq::WindowsService</name>
    <message>
        <source>sc.exe gave no state</source>
        <translation>sc.exe hat keinen Zustand geliefert</translation>
    </message>
    <message>
        <source>%1, exit code %2</source>
        <translation>%1, Exit-Code %2</translation>
    </message>
    <message>
        <source>“%1” is not a service name RelayQ can use: only letters, digits and . _ - are allowed, and it cannot start with -.</source>
        <translation>„%1“ ist kein Dienstname, den RelayQ verwenden kann: Nur Buchstaben, Ziffern und . _ - sind erlaubt, und er darf nicht mit - beginnen.</translation>
    </message>
    <message>
        <source>Windows service %1</source>
        <translation>Windows-Dienst %1</translation>
    </message>
    <message>
        <source>The service %1 is not installed (the service manager knows no such service).</source>
        <translation>Der Dienst %1 ist nicht installiert (der Dienstmanager kennt keinen solchen Dienst).</translation>
    </message>
    <message>
        <source>%1 is running (%2).</source>
        <translation>%1 läuft (%2).</translation>
    </message>
    <message>
        <source>%1 is stopped (%2).</source>
        <translation>%1 ist gestoppt (%2).</translation>
    </message>
    <message>
        <source>%1 has failed (%2).</source>
        <translation>%1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>The state of %1 could not be read (%2).</source>
        <translation>Der Zustand von %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>it did not stop (%1)</source>
        <translation>er hat nicht angehalten (%1)</translation>
    </message>
</context>
<context>
    <name>relayq::WizardDonePage</name>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation>Token nur für diese Sitzung im Arbeitsspeicher behalten</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Bereit zur Überwachung</translation>
    </message>
    <message>
        <source>Finish saves this and starts watching. Everything can be changed later in the settings.</source>
        <translation>„Fertigstellen“ speichert dies und startet die Überwachung. Alles lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Why setup could not be saved</source>
        <translation>Warum die Einrichtung nicht gespeichert werden konnte</translation>
    </message>
    <message>
        <source>RelayQ forgets the token when it quits; it is never written to disk.</source>
        <translation>RelayQ vergisst das Token beim Beenden; es wird nie auf die Festplatte geschrieben.</translation>
    </message>
</context>
<context>
    <name>relayq::WizardHostPage</name>
    <message>
        <source>Where is GitHub?</source>
        <translation>Wo ist GitHub?</translation>
    </message>
    <message>
        <source>RelayQ watches self-hosted runners on GitHub.com or on your company&apos;s GitHub Enterprise Server.</source>
        <translation>RelayQ überwacht selbst gehostete Runner auf GitHub.com oder auf dem GitHub Enterprise Server Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>&amp;GitHub.com</source>
        <translation>&amp;GitHub.com</translation>
    </message>
    <message>
        <source>GitHub &amp;Enterprise Server:</source>
        <translation>GitHub &amp;Enterprise Server:</translation>
    </message>
    <message>
        <source>github.example.com</source>
        <translation>github.example.com</translation>
    </message>
    <message>
        <source>GitHub Enterprise Server address</source>
        <translation>Adresse des GitHub Enterprise Servers</translation>
    </message>
    <message>
        <source>Type the address of your GitHub Enterprise Server, such as github.example.com.</source>
        <translation>Geben Sie die Adresse Ihres GitHub Enterprise Servers ein, z. B. github.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Type the server&apos;s address, such as github.example.com.</source>
        <translation>&quot;%1&quot; ist keine Webadresse. Geben Sie die Adresse des Servers ein, z. B. github.example.com.</translation>
    </message>
    <message>
        <source>RelayQ will use the API at %1.</source>
        <translation>RelayQ verwendet die API unter %1.</translation>
    </message>
</context>
<context>
    <name>relayq::WizardNotificationsPage</name>
    <message>
        <source>Tell me when a runner goes &amp;offline or no runner can take a job</source>
        <translation>Benachrichtigen, wenn ein Runner &amp;offline geht oder kein Runner einen Job übernehmen kann</translation>
    </message>
    <message>
        <source>Tell me about &amp;slow work: jobs stuck or queued too long, long runs, many failures, an empty label pool</source>
        <translation>Bei &amp;langsamer Arbeit benachrichtigen: Jobs, die hängen oder zu lange warten, lange Läufe, viele Fehlschläge, ein leerer Label-Pool</translation>
    </message>
    <message>
        <source>Tell me when &amp;GitHub cannot be reached for a while</source>
        <translation>Benachrichtigen, wenn &amp;GitHub eine Weile nicht erreichbar ist</translation>
    </message>
    <message>
        <source>Start RelayQ when I &amp;log in</source>
        <translation>RelayQ beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Notifications and start on login</source>
        <translation>Benachrichtigungen und Start beim Anmelden</translation>
    </message>
    <message>
        <source>RelayQ tells you when something needs you. You can fine-tune this later in the settings.</source>
        <translation>RelayQ meldet sich, wenn etwas Ihre Aufmerksamkeit braucht. Sie können das später in den Einstellungen genauer anpassen.</translation>
    </message>
    <message>
        <source>Adds an entry at %1.</source>
        <translation>Fügt einen Eintrag in %1 hinzu.</translation>
    </message>
    <message>
        <source>Starting on login is not available on this system; use your desktop&apos;s own startup settings.</source>
        <translation>Das Starten beim Anmelden ist auf diesem System nicht verfügbar; verwenden Sie die Autostart-Einstellungen Ihrer Desktop-Umgebung.</translation>
    </message>
</context>
<context>
    <name>relayq::WizardTargetsPage</name>
    <message>
        <source>What to watch</source>
        <translation>Was überwacht werden soll</translation>
    </message>
    <message>
        <source>Add the repositories (owner/repo) and organisations whose self-hosted runners you want to watch. Each is checked with your token as you add it.</source>
        <translation>Fügen Sie die Repositorys (owner/repo) und Organisationen hinzu, deren selbst gehostete Runner Sie überwachen möchten. Jedes Ziel wird beim Hinzufügen mit Ihrem Token geprüft.</translation>
    </message>
</context>
<context>
    <name>relayq::WizardTokenPage</name>
    <message>
        <source>A token for GitHub</source>
        <translation>Ein Token für GitHub</translation>
    </message>
    <message>
        <source>RelayQ reads your runners with a token. It is kept in the OS keychain, never in a file. Paste one, create one, or take the GitHub CLI&apos;s, then check it.</source>
        <translation>RelayQ liest Ihre Runner mit einem Token. Es wird im Schlüsselbund des Betriebssystems gespeichert, nie in einer Datei. Fügen Sie eines ein, erstellen Sie eines oder übernehmen Sie das von GitHub CLI, und prüfen Sie es dann.</translation>
    </message>
</context>
<context>
    <name>relayq::WorkflowDefinition</name>
    <message>
        <source>The workflow file is not valid YAML: line %1, column %2: %3.</source>
        <translation>Die Workflow-Datei ist kein gültiges YAML: Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <source>The workflow file could not be read: %1.</source>
        <translation>Die Workflow-Datei konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Input “%1” is required and has no default; give it a value.</source>
        <translation>Die Eingabe „%1“ ist erforderlich und hat keinen Standardwert; geben Sie einen Wert an.</translation>
    </message>
    <message>
        <source>GitHub accepts at most %1 inputs in one dispatch; %2 were given.</source>
        <translation>GitHub akzeptiert höchstens %1 Eingaben pro Auslösung; angegeben wurden %2.</translation>
    </message>
    <message>
        <source>Input “%1” has the unknown type “%2”; it is treated as text.</source>
        <translation>Eingabe „%1“ hat den unbekannten Typ „%2“; sie wird als Text behandelt.</translation>
    </message>
    <message>
        <source>Input “%1” says required: “%2”, which is neither true nor false; it is treated as not required.</source>
        <translation>Eingabe „%1“ gibt required: „%2“ an, was weder true noch false ist; sie wird als nicht erforderlich behandelt.</translation>
    </message>
    <message>
        <source>The default of input “%1” is not a single value; it is ignored.</source>
        <translation>Der Standardwert der Eingabe „%1“ ist kein einzelner Wert; er wird ignoriert.</translation>
    </message>
    <message>
        <source>The default of boolean input “%1” is “%2”, not true or false.</source>
        <translation>Der Standardwert der booleschen Eingabe „%1“ ist „%2“, nicht true oder false.</translation>
    </message>
    <message>
        <source>Choice input “%1” has no options.</source>
        <translation>Die Auswahl-Eingabe „%1“ hat keine Optionen.</translation>
    </message>
    <message>
        <source>The default “%1” of choice input “%2” is not among its options.</source>
        <translation>Der Standardwert „%1“ der Auswahl-Eingabe „%2“ ist keine ihrer Optionen.</translation>
    </message>
    <message>
        <source>The workflow’s workflow_dispatch inputs (line %1) are not a list of named inputs.</source>
        <translation>Die workflow_dispatch-Eingaben des Workflows (Zeile %1) sind keine Liste benannter Eingaben.</translation>
    </message>
    <message>
        <source>Input “%1” of the workflow (line %2) is not described by a map of type, description, required and default.</source>
        <translation>Die Eingabe „%1“ des Workflows (Zeile %2) wird nicht durch eine Map aus type, description, required und default beschrieben.</translation>
    </message>
    <message>
        <source>The workflow declares %1 inputs; GitHub accepts at most %2.</source>
        <translation>Der Workflow deklariert %1 Eingaben; GitHub akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The workflow file does not describe a workflow (it is not a map of keys such as name, on and jobs).</source>
        <translation>Die Workflow-Datei beschreibt keinen Workflow (sie ist keine Map mit Schlüsseln wie name, on und jobs).</translation>
    </message>
    <message>
        <source>The workflow’s workflow_dispatch trigger (line %1) is neither empty nor a map.</source>
        <translation>Der workflow_dispatch-Trigger des Workflows (Zeile %1) ist weder leer noch eine Map.</translation>
    </message>
    <message>
        <source>“%1” is not an input of this workflow (did you mean “%2”?).</source>
        <translation>„%1“ ist keine Eingabe dieses Workflows (meinten Sie „%2“?).</translation>
    </message>
    <message>
        <source>“%1” is not an input of this workflow; it takes no inputs.</source>
        <translation>„%1“ ist keine Eingabe dieses Workflows; er hat keine Eingaben.</translation>
    </message>
    <message>
        <source>“%1” is not an input of this workflow; its inputs are %2.</source>
        <translation>„%1“ ist keine Eingabe dieses Workflows; seine Eingaben sind %2.</translation>
    </message>
    <message>
        <source>Input “%1” is required and may not be empty.</source>
        <translation>Die Eingabe „%1“ ist erforderlich und darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Input “%1” is a boolean: “%2” is neither true nor false.</source>
        <translation>Die Eingabe „%1“ ist boolesch: „%2“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>Input “%1” must be one of %2, not “%3”.</source>
        <translation>Die Eingabe „%1“ muss einer der Werte %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>Input “%1” is a number: “%2” is not one.</source>
        <translation>Die Eingabe „%1“ ist eine Zahl: „%2“ ist keine.</translation>
    </message>
</context>
<context>
    <name>relayq::WorkflowDispatch</name>
    <message>
        <source>GitHub did not send the file&apos;s text (it may be larger than 1 MB).</source>
        <translation>GitHub hat den Text der Datei nicht gesendet (sie ist möglicherweise größer als 1 MB).</translation>
    </message>
    <message>
        <source>%1 has no workflow_dispatch trigger.</source>
        <translation>%1 hat keinen workflow_dispatch-Trigger.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>This dispatch of %1 is already being sent.</source>
        <translation>Diese Auslösung von %1 wird bereits gesendet.</translation>
    </message>
    <message>
        <source>Dispatched %1 on %2 in %3: run %4.</source>
        <translation>%1 auf %2 in %3 ausgelöst: Lauf %4.</translation>
    </message>
    <message>
        <source>Dispatched %1 on %2 in %3. GitHub returned no run details</source>
        <translation>%1 auf %2 in %3 ausgelöst. GitHub hat keine Details zum Lauf zurückgegeben</translation>
    </message>
    <message>
        <source>; the new run is probably run %1.</source>
        <translation>; der neue Lauf ist vermutlich Lauf %1.</translation>
    </message>
    <message>
        <source> and the new run is not listed yet.</source>
        <translation>, und der neue Lauf ist noch nicht aufgeführt.</translation>
    </message>
    <message>
        <source>GitHub found no workflow %1 in %2 (404). Check the file name and that the token can see the repository.</source>
        <translation>GitHub hat keinen Workflow %1 in %2 gefunden (404). Prüfen Sie den Dateinamen und ob das Token das Repository sehen kann.</translation>
    </message>
    <message>
        <source>GitHub refused to dispatch %1 in %2: %3</source>
        <translation>GitHub hat das Auslösen von %1 in %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>The token may not dispatch workflows in %1 (403): it needs the Actions write permission (classic tokens: the repo scope).</source>
        <translation>Das Token darf in %1 keine Workflows auslösen (403): Es benötigt die Berechtigung Actions: write (klassische Tokens: den Scope repo).</translation>
    </message>
    <message>
        <source>Could not dispatch %1 in %2: %3</source>
        <translation>%1 konnte in %2 nicht ausgelöst werden: %3</translation>
    </message>
</context>
<context>
    <name>relayq::sim::main</name>
    <message>
        <source>Simulates the GitHub Actions REST API on 127.0.0.1.</source>
        <translation>Simuliert die GitHub-Actions-REST-API auf 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port (0: any free).</source>
        <translation>Port (0: beliebiger freier).</translation>
    </message>
    <message>
        <source>Load the demo fleet and its timeline.</source>
        <translation>Die Demo-Flotte und ihren Zeitablauf laden.</translation>
    </message>
    <message>
        <source>Add N extra runners to relayq-demo/scale (scale tests).</source>
        <translation>N zusätzliche Runner zu relayq-demo/scale hinzufügen (Skalierungstests).</translation>
    </message>
    <message>
        <source>Invalid port.</source>
        <translation>Ungültiger Port.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>Kann nicht auf 127.0.0.1:%1 lauschen.</translation>
    </message>
</context>
<context>
    <name>relayqctl</name>
    <message>
        <source>--hostname wants a host name such as github.com or ghe.example.com, not &quot;%1&quot; (for a full URL use --api-url).</source>
        <translation>--hostname erwartet einen Hostnamen wie github.com oder ghe.example.com, nicht &quot;%1&quot; (für eine vollständige URL verwenden Sie --api-url).</translation>
    </message>
    <message>
        <source>No settings file at %1 (named by %2).</source>
        <translation>Keine Einstellungsdatei unter %1 (angegeben durch %2).</translation>
    </message>
    <message>
        <source>relayqctl does not take a token on the command line: other users can read it in the process list, and it stays in your shell history. Give it on standard input instead:
  relayqctl auth login --with-token &lt; token.txt
or set GH_TOKEN (or GITHUB_TOKEN) in the environment.</source>
        <translation>relayqctl nimmt kein Token auf der Befehlszeile an: Andere Benutzer können es in der Prozessliste lesen, und es bleibt in Ihrem Shell-Verlauf. Übergeben Sie es stattdessen auf der Standardeingabe:
  relayqctl auth login --with-token &lt; token.txt
oder setzen Sie GH_TOKEN (oder GITHUB_TOKEN) in der Umgebung.</translation>
    </message>
    <message>
        <source>Watching %1%2, checking every %3 s. Ctrl+C stops.</source>
        <translation>Überwache %1%2, Abfrage alle %3 s. Strg+C beendet.</translation>
    </message>
    <message>
        <source> (demo fleet)</source>
        <translation> (Demo-Flotte)</translation>
    </message>
    <message>
        <source>classic, with no scopes</source>
        <translation>klassisch, ohne Scopes</translation>
    </message>
    <message>
        <source>classic, scopes: %1</source>
        <translation>klassisch, Scopes: %1</translation>
    </message>
    <message>
        <source>fine-grained: permissions are checked per target</source>
        <translation>fine-grained: Berechtigungen werden pro Ziel geprüft</translation>
    </message>
    <message>
        <source>unknown kind (GitHub sent no scopes)</source>
        <translation>unbekannte Art (GitHub hat keine Scopes gesendet)</translation>
    </message>
    <message>
        <source>runners can be listed</source>
        <translation>Runner können aufgelistet werden</translation>
    </message>
    <message>
        <source>runs can be read</source>
        <translation>Läufe können gelesen werden</translation>
    </message>
    <message>
        <source>workflows can be dispatched</source>
        <translation>Workflows können ausgelöst werden</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>nothing can be read</source>
        <translation>nichts kann gelesen werden</translation>
    </message>
    <message>
        <source>Token from: %1</source>
        <translation>Token-Quelle: %1</translation>
    </message>
    <message>
        <source>Account:    %1</source>
        <translation>Konto:        %1</translation>
    </message>
    <message>
        <source>Kind:       %1</source>
        <translation>Art:          %1</translation>
    </message>
    <message>
        <source>Expires:    %1</source>
        <translation>Läuft ab:     %1</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <source>%1 is still set and provides a token; unset it to stop using that token.</source>
        <translation>%1 ist weiterhin gesetzt und liefert ein Token; entfernen Sie die Variable, um dieses Token nicht mehr zu verwenden.</translation>
    </message>
    <message>
        <source>Note: %1 is set and wins over the keychain; unset it to use the stored token.</source>
        <translation>Hinweis: %1 ist gesetzt und hat Vorrang vor dem Schlüsselbund; entfernen Sie die Variable, um das gespeicherte Token zu verwenden.</translation>
    </message>
    <message>
        <source>No token on standard input. Pipe it in:
  relayqctl auth login --with-token &lt; token.txt
  gh auth token | relayqctl auth login --with-token</source>
        <translation>Kein Token auf der Standardeingabe. Leiten Sie es per Pipe weiter:
  relayqctl auth login --with-token &lt; token.txt
  gh auth token | relayqctl auth login --with-token</translation>
    </message>
    <message>
        <source>The first line of standard input is not a token (it contains spaces or unusual characters). Nothing was stored.</source>
        <translation>Die erste Zeile der Standardeingabe ist kein Token (sie enthält Leerzeichen oder ungewöhnliche Zeichen). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was stored. Without a keychain, give relayqctl the token in GH_TOKEN (or GITHUB_TOKEN) instead.</source>
        <translation>Es wurde nichts gespeichert. Ohne Schlüsselbund übergeben Sie relayqctl das Token stattdessen in GH_TOKEN (oder GITHUB_TOKEN).</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2; the token is in the OS keychain.</source>
        <translation>Bei %1 als %2 angemeldet; das Token liegt im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>The token was rejected by %1 (401 Bad credentials); nothing was stored.</source>
        <translation>Das Token wurde von %1 abgelehnt (401 Bad credentials); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not check the token with %1; nothing was stored.</source>
        <translation>Das Token konnte nicht bei %1 geprüft werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Removed the token for %1 from the OS keychain.</source>
        <translation>Das Token für %1 wurde aus dem Schlüsselbund des Betriebssystems entfernt.</translation>
    </message>
    <message>
        <source>There was no token for %1 in the OS keychain; nothing to remove.</source>
        <translation>Im Schlüsselbund des Betriebssystems gab es kein Token für %1; nichts zu entfernen.</translation>
    </message>
    <message>
        <source>%1 is not a configured runner folder (it has no .runner file); nothing was archived.</source>
        <translation>%1 ist kein konfigurierter Runner-Ordner (er enthält keine .runner-Datei); es wurde nichts archiviert.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was archived.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden; es wurde nichts archiviert.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 nach %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The archive also holds the service definition (%1); install the service again with the runner&apos;s svc.sh.</source>
        <translation>Das Archiv enthält auch die Dienstdefinition (%1); installieren Sie den Dienst erneut mit dem svc.sh des Runners.</translation>
    </message>
    <message>
        <source>No GitHub token for %1. Log in once with
  relayqctl auth login --with-token &lt; token.txt
(the token goes to the OS keychain), or set GH_TOKEN (or GITHUB_TOKEN), e.g. export GH_TOKEN=$(gh auth token).</source>
        <translation>Kein GitHub-Token für %1. Melden Sie sich einmal an mit
  relayqctl auth login --with-token &lt; token.txt
(das Token wird im Schlüsselbund des Betriebssystems hinterlegt), oder setzen Sie GH_TOKEN (oder GITHUB_TOKEN), z. B. export GH_TOKEN=$(gh auth token).</translation>
    </message>
    <message>
        <source>Could not start the demo fleet on a loopback port.</source>
        <translation>Die Demo-Flotte konnte auf keinem Loopback-Port gestartet werden.</translation>
    </message>
    <message>
        <source>Nothing to watch: add --repo OWNER/REPO or --org ORG, add targets in relayq-tray&apos;s settings (or the file named by --config), or try --demo.</source>
        <translation>Nichts zu überwachen: Geben Sie --repo OWNER/REPO oder --org ORG an, tragen Sie Ziele in den Einstellungen von relayq-tray ein (oder in der mit --config angegebenen Datei), oder probieren Sie --demo.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Watch the repository OWNER/REPO (repeatable).</source>
        <translation>Das Repository OWNER/REPO überwachen (wiederholbar).</translation>
    </message>
    <message>
        <source>OWNER/REPO</source>
        <translation>OWNER/REPO</translation>
    </message>
    <message>
        <source>Watch the organisation ORG (repeatable).</source>
        <translation>Die Organisation ORG überwachen (wiederholbar).</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>GitHub API URL: https://api.github.com or https://HOST/api/v3 (default: the settings file&apos;s, else https://api.github.com).</source>
        <translation>GitHub-API-URL: https://api.github.com oder https://HOST/api/v3 (Standard: die aus der Einstellungsdatei, sonst https://api.github.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>GitHub host instead of --api-url: github.com or a GitHub Enterprise host.</source>
        <translation>GitHub-Host statt --api-url: github.com oder ein GitHub Enterprise-Host.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Settings file to read (default: RELAYQ_CONFIG, else the one relayq-tray uses).</source>
        <translation>Zu lesende Einstellungsdatei (Standard: RELAYQ_CONFIG, sonst die von relayq-tray verwendete).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>auth login: read the token from standard input.</source>
        <translation>auth login: das Token von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Use the built-in demo fleet (no token, no settings).</source>
        <translation>Die eingebaute Demo-Flotte verwenden (kein Token, keine Einstellungen).</translation>
    </message>
    <message>
        <source>Log more to stderr (repeat for debug detail).</source>
        <translation>Mehr auf stderr protokollieren (wiederholen für Debug-Details).</translation>
    </message>
    <message>
        <source>watch: seconds between checks (10 to 3600).</source>
        <translation>watch: Sekunden zwischen den Abfragen (10 bis 3600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>runners: a runner directory on this machine (repeatable).</source>
        <translation>runners: ein Runner-Verzeichnis auf diesem Rechner (wiederholbar).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>backup: the folder for the archive (default: the app&apos;s backup folder).</source>
        <translation>backup: der Ordner für das Archiv (Standard: der Sicherungsordner der App).</translation>
    </message>
    <message>
        <source>restore: replace the configuration of a configured runner.</source>
        <translation>restore: die Konfiguration eines bereits konfigurierten Runners ersetzen.</translation>
    </message>
    <message>
        <source>dispatch: the branch or tag to run on (default: the repository&apos;s default branch).</source>
        <translation>dispatch: der Branch oder Tag, auf dem ausgeführt wird (Standard: der Standard-Branch des Repositorys).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>recover: resume at step N, as the last attempt said.</source>
        <translation>recover: bei Schritt N fortsetzen, wie vom letzten Versuch angegeben.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>watch: stop after N checks instead of running until interrupted.</source>
        <translation>watch: nach N Abfragen beenden, statt bis zur Unterbrechung zu laufen.</translation>
    </message>
    <message>
        <source>relayqctl watches self-hosted GitHub Actions runners.

</source>
        <translation>relayqctl überwacht selbst gehostete GitHub-Actions-Runner.

</translation>
    </message>
    <message>
        <source>status, watch, runners, backup, restore ARCHIVE, restart RUNNER, dispatch WORKFLOW [NAME=VALUE]..., recover RUNNER, or auth login|status|logout</source>
        <translation>status, watch, runners, backup, restore ARCHIVE, restart RUNNER, dispatch WORKFLOW [NAME=VALUE]..., recover RUNNER oder auth login|status|logout</translation>
    </message>
    <message>
        <source>dispatch wants the workflow&apos;s file name, then its inputs:
  relayqctl dispatch --repo OWNER/REPO build.yml [--ref REF] [NAME=VALUE]...</source>
        <translation>dispatch erwartet den Dateinamen des Workflows, dann seine Eingaben:
  relayqctl dispatch --repo OWNER/REPO build.yml [--ref REF] [NAME=VALUE]...</translation>
    </message>
    <message>
        <source>Inputs are written NAME=VALUE; &quot;%1&quot; is not.</source>
        <translation>Eingaben werden als NAME=VALUE geschrieben; &quot;%1&quot; ist das nicht.</translation>
    </message>
    <message>
        <source>The input %1 is given twice.</source>
        <translation>Die Eingabe %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 takes no further words; targets go in --repo and --org.</source>
        <translation>%1 nimmt keine weiteren Wörter an; Ziele gehören in --repo und --org.</translation>
    </message>
    <message>
        <source>restore wants one archive: relayqctl restore ARCHIVE --runner-dir DIR</source>
        <translation>restore erwartet genau ein Archiv: relayqctl restore ARCHIVE --runner-dir DIR</translation>
    </message>
    <message>
        <source>%1 wants one runner name: relayqctl %1 RUNNER</source>
        <translation>%1 erwartet genau einen Runner-Namen: relayqctl %1 RUNNER</translation>
    </message>
    <message>
        <source>auth wants one of login, status, logout (and a token only on standard input).</source>
        <translation>auth erwartet login, status oder logout (und ein Token nur auf der Standardeingabe).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation>Unbekannter Befehl: %1.</translation>
    </message>
    <message>
        <source>Not a repository: &quot;%1&quot;. Write it as OWNER/REPO, e.g. octocat/hello-world.</source>
        <translation>Kein Repository: &quot;%1&quot;. Schreiben Sie es als OWNER/REPO, z. B. octocat/hello-world.</translation>
    </message>
    <message>
        <source>Not an organisation name: &quot;%1&quot;.</source>
        <translation>Kein Organisationsname: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either --api-url or --hostname, not both.</source>
        <translation>Geben Sie entweder --api-url oder --hostname an, nicht beides.</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--with-token belongs to auth login.</source>
        <translation>--with-token gehört zu auth login.</translation>
    </message>
    <message>
        <source>auth login reads the token from standard input and needs --with-token:
  relayqctl auth login --with-token &lt; token.txt
  gh auth token | relayqctl auth login --with-token</source>
        <translation>auth login liest das Token von der Standardeingabe und benötigt --with-token:
  relayqctl auth login --with-token &lt; token.txt
  gh auth token | relayqctl auth login --with-token</translation>
    </message>
    <message>
        <source>--runner-dir belongs to runners, backup and restore.</source>
        <translation>--runner-dir gehört zu runners, backup und restore.</translation>
    </message>
    <message>
        <source>%1 needs exactly one runner folder: --runner-dir DIR.</source>
        <translation>%1 benötigt genau einen Runner-Ordner: --runner-dir DIR.</translation>
    </message>
    <message>
        <source>--out belongs to backup.</source>
        <translation>--out gehört zu backup.</translation>
    </message>
    <message>
        <source>--force belongs to restore.</source>
        <translation>--force gehört zu restore.</translation>
    </message>
    <message>
        <source>--ref belongs to dispatch.</source>
        <translation>--ref gehört zu dispatch.</translation>
    </message>
    <message>
        <source>--from-step belongs to recover.</source>
        <translation>--from-step gehört zu recover.</translation>
    </message>
    <message>
        <source>dispatch needs exactly one repository: --repo OWNER/REPO.</source>
        <translation>dispatch benötigt genau ein Repository: --repo OWNER/REPO.</translation>
    </message>
    <message>
        <source>The demo fleet needs no token: --demo does not go with auth.</source>
        <translation>Die Demo-Flotte benötigt kein Token: --demo passt nicht zu auth.</translation>
    </message>
    <message>
        <source>GitHub returned no link to the run.</source>
        <translation>GitHub hat keinen Link zum Lauf zurückgegeben.</translation>
    </message>
    <message>
        <source>Nothing was sent to GitHub:</source>
        <translation>Es wurde nichts an GitHub gesendet:</translation>
    </message>
    <message>
        <source>%1 in %2 could not be read: %3</source>
        <translation>%1 in %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 has no workflow %2 that can be dispatched (it may not exist, be disabled, or have no workflow_dispatch trigger).</source>
        <translation>%1 hat keinen Workflow %2, der ausgelöst werden kann (er existiert möglicherweise nicht, ist deaktiviert oder hat keinen workflow_dispatch-Trigger).</translation>
    </message>
    <message>
        <source>No workflow there can be dispatched.</source>
        <translation>Dort kann kein Workflow ausgelöst werden.</translation>
    </message>
    <message>
        <source>Workflows that can be dispatched:</source>
        <translation>Workflows, die ausgelöst werden können:</translation>
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
        <translation>Befehle:
  status         Die Flotte einmal prüfen und Runner, aktive Läufe und Warnungen
                 ausgeben.
  watch          Fortlaufend prüfen und pro ausgelöster oder aufgehobener Warnung
                 eine Zeile ausgeben.
  runners        Die auf diesem Rechner installierten Runner auflisten (--runner-dir
                 DIR, die Runner-Ordner aus den Einstellungen, ~/actions-runner*,
                 /opt/actions-runner*) mit ihrem Dienst und, sofern Token und Ziele
                 vorhanden sind, ihrem Status auf GitHub.
  backup         Die Konfiguration eines Runners archivieren (--runner-dir DIR
                 [--out DIR]); das Archiv enthält den privaten Schlüssel des Runners.
  restore ARCHIVE  Die Konfiguration eines Runners wiederherstellen (--runner-dir
                 DIR [--force]).
  restart RUNNER Den Dienst des Runners neu starten und warten, bis GitHub ihn als
                 online anzeigt.
  dispatch WORKFLOW [NAME=VALUE]...  Einen workflow_dispatch-Lauf starten (--repo
                 OWNER/REPO [--ref REF]); die Eingaben werden anhand der
                 Workflow-Datei geprüft.
  recover RUNNER Einen defekten Runner auf diesem Rechner sichern, neu registrieren
                 und neu starten ([--from-step N] setzt dort fort, wo der letzte
                 Versuch angehalten hat).
  auth login     Ein Token (von der Standardeingabe) im Schlüsselbund des
                 Betriebssystems hinterlegen.
  auth status    Anzeigen, welches Token verwendet wird, wem es gehört und was es
                 darf.
  auth logout    Das Token aus dem Schlüsselbund des Betriebssystems entfernen.

Ohne --repo/--org stammen die Ziele aus der Einstellungsdatei (der von relayq-tray
geschriebenen, oder --config FILE, oder RELAYQ_CONFIG); ebenso die API-URL ohne
--api-url. Das Token wird aus GH_TOKEN, dann GITHUB_TOKEN, dann dem Schlüsselbund
des Betriebssystems gelesen (siehe relayqctl auth --help); niemals von der
Befehlszeile.
Exit-Codes: 0 fehlerfrei, 1 Warnungen vorhanden, 2 vorübergehender Fehler (GitHub
nicht erreichbar, Zeitüberschreitung, Ratenlimit, Serverfehler, Schlüsselbund nicht
nutzbar), 3 Aufruf- oder Konfigurationsfehler (ungültige Argumente, kein Token,
Token abgelehnt, keine Berechtigung, Ziel nicht gefunden).
restart und recover: 1 die Aktion ist fehlgeschlagen (das Hilfsprogramm, ein Schritt,
oder GitHub zeigt den Runner weiterhin als offline; recover gibt aus, wie es
weitergeht), 2 GitHub nicht erreichbar (restart: neu gestartet, aber nicht
bestätigt; recover: nichts verändert), 3 außerdem unbekannter Runner oder kein
Dienst. recover führt svc.sh über pkexec aus, oder über RELAYQ_PRIVILEGE_WRAPPER
(leer: keiner).</translation>
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
        <translation>relayqctl auth: das GitHub-Token im Schlüsselbund des Betriebssystems.

  relayqctl auth login --with-token [--api-url URL | --hostname HOST] &lt; token.txt
      Liest eine Zeile von der Standardeingabe, fragt GitHub, wem das Token
      gehört, und hinterlegt es im Schlüsselbund des Betriebssystems (Dienst
      relayq-tray, Schlüssel = der API-Host). Ein Token, das GitHub ablehnt, wird
      nicht gespeichert. z. B. gh auth token | relayqctl auth login --with-token
  relayqctl auth status [--json] [--repo OWNER/REPO] [--org ORG]
      Woher das Token stammt, wem es gehört, seine Art, Scopes und Ablaufdatum,
      und für jedes Ziel (angegeben oder aus der Einstellungsdatei), was das Token
      nicht darf.
  relayqctl auth logout [--api-url URL | --hostname HOST]
      Entfernt das Token für diesen Host aus dem Schlüsselbund des
      Betriebssystems.

Der API-Host ist github.com, sofern --api-url, --hostname oder die
Einstellungsdatei nichts anderes angeben. GH_TOKEN und GITHUB_TOKEN haben, wenn
gesetzt, Vorrang vor dem Schlüsselbund.
Exit-Codes: 0 Erfolg, 2 der Schlüsselbund oder GitHub war gerade nicht nutzbar,
3 Aufruffehler, kein Token, oder das Token wurde abgelehnt bzw. ihm fehlt eine
Berechtigung.</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>resume with: relayqctl recover %1 --from-step %2</source>
        <translation>fortsetzen mit: relayqctl recover %1 --from-step %2</translation>
    </message>
    <message>
        <source>GitHub could not be asked about %1; nothing was touched.</source>
        <translation>GitHub konnte nicht zu %1 befragt werden; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 was registered to %2, which is none of the targets (%3): add it with --repo or --org.</source>
        <translation>%1 war bei %2 registriert, das keines der Ziele ist (%3): Fügen Sie es mit --repo oder --org hinzu.</translation>
    </message>
    <message>
        <source>GitHub does not list %1 on %2: it is registered again without custom labels.</source>
        <translation>GitHub führt %1 auf %2 nicht auf: Er wird ohne eigene Labels neu registriert.</translation>
    </message>
    <message>
        <source>relayqctl recover needs the target %1 is registered to: add --repo OWNER/REPO or --org ORG, or targets in relayq-tray&apos;s settings.</source>
        <translation>relayqctl recover benötigt das Ziel, bei dem %1 registriert ist: Geben Sie --repo OWNER/REPO oder --org ORG an, oder tragen Sie Ziele in den Einstellungen von relayq-tray ein.</translation>
    </message>
    <message>
        <source>Recovery needs the runner&apos;s folder on this computer.</source>
        <translation>Die Wiederherstellung benötigt den Ordner des Runners auf diesem Rechner.</translation>
    </message>
    <message>
        <source>%1 is not run from a folder here (it is reached over SSH or through your own commands).</source>
        <translation>%1 läuft nicht aus einem Ordner auf diesem Rechner (er wird über SSH oder über eigene Befehle erreicht).</translation>
    </message>
    <message>
        <source>GitHub is unreachable right now (%1); restarting %2 anyway (%3)…</source>
        <translation>GitHub ist gerade nicht erreichbar (%1); %2 wird trotzdem neu gestartet (%3)…</translation>
    </message>
    <message>
        <source>The service of %1 restarted, but RelayQ could not confirm it is back: GitHub unreachable (%2).</source>
        <translation>Der Dienst von %1 wurde neu gestartet, aber RelayQ konnte nicht bestätigen, dass er wieder da ist: GitHub nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation>%1 konnte nicht neu gestartet werden: %2</translation>
    </message>
    <message>
        <source>relayqctl restart needs to know where %1 is registered, to confirm it comes back: add --repo OWNER/REPO or --org ORG, or targets in relayq-tray&apos;s settings.</source>
        <translation>relayqctl restart muss wissen, wo %1 registriert ist, um zu bestätigen, dass er zurückkommt: Geben Sie --repo OWNER/REPO oder --org ORG an, oder tragen Sie Ziele in den Einstellungen von relayq-tray ein.</translation>
    </message>
    <message>
        <source>GitHub lists no runner called %1 on %2, so a restart could not be confirmed; nothing was restarted. Check the name and the targets (--repo, --org); if its registration is gone, relayqctl recover %1 registers it again.</source>
        <translation>GitHub führt keinen Runner namens %1 auf %2, daher könnte ein Neustart nicht bestätigt werden; es wurde nichts neu gestartet. Prüfen Sie den Namen und die Ziele (--repo, --org); wenn seine Registrierung fehlt, registriert relayqctl recover %1 ihn neu.</translation>
    </message>
    <message>
        <source>GitHub could not be asked (see above)</source>
        <translation>GitHub konnte nicht gefragt werden (siehe oben)</translation>
    </message>
    <message>
        <source>no targets to ask GitHub about (add --repo or --org, or targets in relayq-tray&apos;s settings)</source>
        <translation>keine Ziele, zu denen GitHub gefragt werden kann (geben Sie --repo oder --org an, oder tragen Sie Ziele in den Einstellungen von relayq-tray ein)</translation>
    </message>
    <message>
        <source>no GitHub token for %1 (relayqctl auth login --with-token, or set GH_TOKEN)</source>
        <translation>kein GitHub-Token für %1 (relayqctl auth login --with-token, oder setzen Sie GH_TOKEN)</translation>
    </message>
    <message>
        <source>the directory does not say which runner it is</source>
        <translation>das Verzeichnis gibt nicht an, welcher Runner es ist</translation>
    </message>
    <message>
        <source>GitHub reports the status &quot;%1&quot;</source>
        <translation>GitHub meldet den Status &quot;%1&quot;</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <source>online, busy</source>
        <translation>online, beschäftigt</translation>
    </message>
    <message>
        <source>not found on GitHub (looked for id %1, name %2)</source>
        <translation>nicht auf GitHub gefunden (gesucht nach ID %1, Name %2)</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>%1 (id %2 in %3)</source>
        <translation>%1 (ID %2 in %3)</translation>
    </message>
    <message>
        <source>No runners found on this machine (looked in the --runner-dir and settings folders, ~/actions-runner*, /opt/actions-runner*).</source>
        <translation>Auf diesem Rechner wurden keine Runner gefunden (gesucht in --runner-dir und den Ordnern aus den Einstellungen, ~/actions-runner*, /opt/actions-runner*).</translation>
    </message>
    <message>
        <source>directory: %1</source>
        <translation>Ordner:    %1</translation>
    </message>
    <message>
        <source>service:   %1 (helper: %2)</source>
        <translation>Dienst:    %1 (Hilfsprogramm: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>GitHub:    %1</source>
        <translation>GitHub:    %1</translation>
    </message>
    <message>
        <source>problem:   %1</source>
        <translation>Problem:   %1</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>beschäftigt</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source> (needs %1)</source>
        <translation> (benötigt %1)</translation>
    </message>
    <message>
        <source>%1 of %2 runners online (%3 busy) · %4 runs active · %5 jobs queued</source>
        <translation>%1 von %2 Runnern online (%3 beschäftigt) · %4 Läufe aktiv · %5 Jobs in der Warteschlange</translation>
    </message>
    <message>
        <source>  (no self-hosted runners)</source>
        <translation>  (keine selbst gehosteten Runner)</translation>
    </message>
    <message>
        <source>No alerts: the fleet is healthy.</source>
        <translation>Keine Warnungen: Die Flotte ist in Ordnung.</translation>
    </message>
    <message>
        <source>No alerts (GitHub could not be checked fully).</source>
        <translation>Keine Warnungen (GitHub konnte nicht vollständig abgefragt werden).</translation>
    </message>
    <message>
        <source>%1: resolved (was: %2)</source>
        <translation>%1: behoben (war: %2)</translation>
    </message>
    <message>
        <source>GitHub answers again.</source>
        <translation>GitHub antwortet wieder.</translation>
    </message>
</context>
</TS>
