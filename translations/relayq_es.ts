<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>relayq-tray</name>
    <message>
        <source>Could not claim the single-instance socket; continuing anyway.</source>
        <translation>No se pudo reservar el socket de instancia única; se continúa de todos modos.</translation>
    </message>
</context>
<context>
    <name>relayq::AccountCheck</name>
    <message>
        <source>no scopes</source>
        <comment>what a classic token has</comment>
        <translation>ningún ámbito</translation>
    </message>
    <message>
        <source>The organisation %1 was not found, or this token cannot see it.</source>
        <translation>No se encontró la organización %1, o este token no puede verla.</translation>
    </message>
    <message>
        <source>%1 was not found, or this token cannot see it.</source>
        <translation>No se encontró %1, o este token no puede verlo.</translation>
    </message>
    <message>
        <source>Private repositories need the repo scope, which this classic token lacks.</source>
        <translation>Los repositorios privados necesitan el ámbito repo, que este token clásico no tiene.</translation>
    </message>
    <message>
        <source>A fine-grained token sees only the repositories chosen when it was created, and public ones.</source>
        <translation>Un token específico solo ve los repositorios elegidos al crearlo y los públicos.</translation>
    </message>
    <message>
        <source>Listing runners of %1 needs the Administration: read permission (fine-grained) or the repo scope and admin rights on the repository (classic).</source>
        <translation>Para listar los runners de %1 se necesita el permiso Administration: read (token específico) o el ámbito repo y derechos de administración en el repositorio (clásico).</translation>
    </message>
    <message>
        <source>This classic token lacks the repo scope (it has: %1).</source>
        <translation>Este token clásico no tiene el ámbito repo (tiene: %1).</translation>
    </message>
    <message>
        <source>This classic token has the repo scope, so the account it belongs to lacks admin rights on %1.</source>
        <translation>Este token clásico tiene el ámbito repo, así que la cuenta a la que pertenece no tiene derechos de administración en %1.</translation>
    </message>
    <message>
        <source>Reading workflow runs of %1 needs the Actions: read permission (fine-grained) or the repo scope (classic).</source>
        <translation>Para leer las ejecuciones de flujos de trabajo de %1 se necesita el permiso Actions: read (token específico) o el ámbito repo (clásico).</translation>
    </message>
    <message>
        <source>Dispatching workflows needs the repo scope, which this classic token lacks.</source>
        <translation>Para lanzar flujos de trabajo se necesita el ámbito repo, que este token clásico no tiene.</translation>
    </message>
    <message>
        <source>Dispatching workflows needs the Actions: write permission; it cannot be checked without dispatching.</source>
        <translation>Para lanzar flujos de trabajo se necesita el permiso Actions: write; no se puede comprobar sin lanzar uno.</translation>
    </message>
    <message>
        <source>Dispatching workflows needs the Actions: write permission (fine-grained) or the repo scope (classic); it cannot be checked without dispatching.</source>
        <translation>Para lanzar flujos de trabajo se necesita el permiso Actions: write (token específico) o el ámbito repo (clásico); no se puede comprobar sin lanzar uno.</translation>
    </message>
    <message>
        <source>Listing runners of the organisation %1 needs the Self-hosted runners: read organisation permission (fine-grained) or the admin:org scope (classic).</source>
        <translation>Para listar los runners de la organización %1 se necesita el permiso de organización Self-hosted runners: read (token específico) o el ámbito admin:org (clásico).</translation>
    </message>
    <message>
        <source>This classic token has neither admin:org nor manage_runners:org (it has: %1).</source>
        <translation>Este token clásico no tiene ni admin:org ni manage_runners:org (tiene: %1).</translation>
    </message>
    <message>
        <source>This classic token has the %1 scope, so the account it belongs to is not an owner of %2.</source>
        <translation>Este token clásico tiene el ámbito %1, así que la cuenta a la que pertenece no es propietaria de %2.</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer about the token&apos;s owner (/user) names no login. Check the API address.</source>
        <translation>La respuesta de GitHub sobre el propietario del token (/user) no indica ningún login. Compruebe la dirección de la API.</translation>
    </message>
</context>
<context>
    <name>relayq::AccountPage</name>
    <message>
        <source>Results of the connection test</source>
        <translation>Resultados de la prueba de conexión</translation>
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
        <translation>Host o URL de GitHub Enterprise Server</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Re&amp;place token…</source>
        <translation>&amp;Reemplazar token…</translation>
    </message>
    <message>
        <source>Re&amp;move token</source>
        <translation>&amp;Quitar token</translation>
    </message>
    <message>
        <source>Type the host of your GitHub Enterprise Server, such as github.example.com, or choose GitHub.com.</source>
        <translation>Escriba el host de GitHub Enterprise Server, como github.example.com, o elija GitHub.com.</translation>
    </message>
    <message>
        <source>No token yet. Use Replace token… to add one.</source>
        <translation>Aún no hay token. Use «Reemplazar token…» para añadir uno.</translation>
    </message>
    <message>
        <source>Token from %1.</source>
        <translation>Token de %1.</translation>
    </message>
    <message>
        <source>Token from %1, belongs to %2.</source>
        <translation>Token de %1, pertenece a %2.</translation>
    </message>
    <message>
        <source>The environment variable wins while it is set: Replace token and Remove token change only the token kept in the keychain.</source>
        <translation>La variable de entorno prevalece mientras esté definida: «Reemplazar token» y «Quitar token» solo cambian el token guardado en el llavero.</translation>
    </message>
    <message>
        <source>Apply the new host first; its token is kept under that host.</source>
        <translation>Aplique primero el nuevo host; su token se guarda bajo ese host.</translation>
    </message>
    <message>
        <source>There is no token to test. Use Replace token… to add one.</source>
        <translation>No hay ningún token que probar. Use «Reemplazar token…» para añadir uno.</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Comprobando el token…</translation>
    </message>
    <message>
        <source>GitHub did not answer as expected (%1).</source>
        <translation>GitHub no respondió como se esperaba (%1).</translation>
    </message>
    <message>
        <source>The token belongs to %1 (%2 token).</source>
        <translation>El token pertenece a %1 (token %2).</translation>
    </message>
    <message>
        <source>Scopes: %1.</source>
        <translation>Ámbitos: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Caduca el %1.</translation>
    </message>
    <message>
        <source>No targets to check yet.</source>
        <translation>Aún no hay destinos que comprobar.</translation>
    </message>
    <message>
        <source>%1: OK.</source>
        <translation>%1: correcto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Replace token</source>
        <translation>Reemplazar token</translation>
    </message>
    <message>
        <source>The new token is kept.</source>
        <translation>Se guarda el nuevo token.</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Quitar token</translation>
    </message>
    <message>
        <source>Remove the token kept for %1? RelayQ stops checking until you add one again.</source>
        <translation>¿Quitar el token guardado para %1? RelayQ dejará de consultar hasta que se añada otro.</translation>
    </message>
    <message>
        <source>The token was removed.</source>
        <translation>Se quitó el token.</translation>
    </message>
</context>
<context>
    <name>relayq::ActivityModel</name>
    <message>
        <source>Run or job</source>
        <translation>Ejecución o trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
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
        <translation>En cola</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Acción requerida</translation>
    </message>
    <message>
        <source>Other jobs</source>
        <translation>Otros trabajos</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>rama %1</translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation>Ejecución %1, %2</translation>
    </message>
    <message>
        <source>waiting %1</source>
        <translation>esperando %1</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>En %1.</translation>
    </message>
    <message>
        <source>In progress, stuck</source>
        <translation>En curso, atascado</translation>
    </message>
    <message>
        <source>Job %1, %2, %3</source>
        <translation>Trabajo %1, %2, %3</translation>
    </message>
</context>
<context>
    <name>relayq::AlertModel</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesta hasta %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
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
        <translation>&quot;%1&quot; no es una dirección web. Introduzca la dirección de la API, por ejemplo https://api.github.com o https://HOST/api/v3 para GitHub Enterprise Server.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password. Enter it without them and give the token separately.</source>
        <translation>La dirección de la API no puede contener un nombre de usuario ni una contraseña. Introdúzcala sin ellos e indique el token por separado.</translation>
    </message>
    <message>
        <source>The API address &quot;%1&quot; must not contain &quot;?&quot; or &quot;#&quot;. Enter only the address, for example https://api.github.com.</source>
        <translation>La dirección de la API &quot;%1&quot; no puede contener &quot;?&quot; ni &quot;#&quot;. Introduzca solo la dirección, por ejemplo https://api.github.com.</translation>
    </message>
    <message>
        <source>RelayQ refuses to send the token over plain http to %1: anyone on the way could read it. Use the https:// address of the API instead.</source>
        <translation>RelayQ se niega a enviar el token por http sin cifrar a %1: cualquiera en el camino podría leerlo. Use en su lugar la dirección https:// de la API.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// address. Enter the API address, for example https://api.github.com.</source>
        <translation>&quot;%1&quot; no es una dirección https://. Introduzca la dirección de la API, por ejemplo https://api.github.com.</translation>
    </message>
</context>
<context>
    <name>relayq::ApiErrorClassifier</name>
    <message>
        <source> GitHub said: &quot;%1&quot;</source>
        <translation> GitHub dijo: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 did not answer %2 in time. Check your network or proxy; RelayQ will try again.</source>
        <translation>%1 no respondió a %2 a tiempo. Compruebe la red o el proxy; RelayQ volverá a intentarlo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 for %2 failed (%3). Check the computer&apos;s date and time and the API address; behind a company proxy its certificate may need to be installed.</source>
        <translation>Falló la conexión segura con %1 para %2 (%3). Compruebe la fecha y la hora del equipo y la dirección de la API; detrás de un proxy corporativo puede que haya que instalar su certificado.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off in the middle of the answer for %2. Check your network or proxy; RelayQ will try again.</source>
        <translation>La conexión con %1 se cortó a mitad de la respuesta para %2. Compruebe la red o el proxy; RelayQ volverá a intentarlo.</translation>
    </message>
    <message>
        <source>%1 refused the connection for %2. Check the API address and that the server is running.</source>
        <translation>%1 rechazó la conexión para %2. Compruebe la dirección de la API y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>The server %1 was not found (for %2). Check the API address and the internet connection.</source>
        <translation>No se encontró el servidor %1 (para %2). Compruebe la dirección de la API y la conexión a internet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering %2. Check your network or proxy; RelayQ will try again.</source>
        <translation>%1 cerró la conexión antes de responder a %2. Compruebe la red o el proxy; RelayQ volverá a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not be reached for %2. Check the internet connection, proxy and API address; RelayQ will try again.</source>
        <translation>No se puede conectar con %1 para %2. Compruebe la conexión a internet, el proxy y la dirección de la API; RelayQ volverá a intentarlo.</translation>
    </message>
    <message>
        <source>GitHub rejected the token (401 %1) for %2. Create a new token or log in again.</source>
        <translation>GitHub rechazó el token (401 %1) para %2. Cree un token nuevo o vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>GitHub refused access to %1 (403).</source>
        <translation>GitHub denegó el acceso a %1 (403).</translation>
    </message>
    <message>
        <source>GitHub found nothing at %1 (404). Check the repository or organisation name. GitHub also answers 404 for private repositories the token cannot see: make sure the token has access to it.</source>
        <translation>GitHub no encontró nada en %1 (404). Compruebe el nombre del repositorio o de la organización. GitHub también responde 404 para los repositorios privados que el token no puede ver: asegúrese de que el token tenga acceso.</translation>
    </message>
    <message>
        <source>GitHub had a problem answering %1 (HTTP %2). This is usually temporary; RelayQ will try again.</source>
        <translation>GitHub tuvo un problema al responder a %1 (HTTP %2). Suele ser temporal; RelayQ volverá a intentarlo.</translation>
    </message>
    <message>
        <source>GitHub answered %1 with HTTP %2, which RelayQ did not expect. Check the API address; if it persists, report it.</source>
        <translation>GitHub respondió a %1 con HTTP %2, algo que RelayQ no esperaba. Compruebe la dirección de la API; si persiste, infórmelo.</translation>
    </message>
    <message>
        <source>The token lacks a permission this needs; GitHub accepts: %1. Give the token that permission or create a new one.</source>
        <translation>Al token le falta un permiso necesario para esto; GitHub acepta: %1. Conceda ese permiso al token o cree uno nuevo.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>This needs one of the token scopes: %1; the token has: %2. Create a token with the missing scope.</source>
        <translation>Esto necesita uno de estos ámbitos del token: %1; el token tiene: %2. Cree un token con el ámbito que falta.</translation>
    </message>
    <message>
        <source>Check that the token may administer this repository or organisation (classic token: repo or admin:org; fine-grained: Administration or Self-hosted runners).</source>
        <translation>Compruebe que el token pueda administrar este repositorio u organización (token clásico: repo o admin:org; específico: Administration o Self-hosted runners).</translation>
    </message>
    <message>
        <source>The answer from %1 for %2 is not the JSON GitHub sends (%3). Check that the API address points to GitHub&apos;s API; RelayQ will try again.</source>
        <translation>La respuesta de %1 para %2 no es el JSON que envía GitHub (%3). Compruebe que la dirección de la API apunte a la API de GitHub; RelayQ volverá a intentarlo.</translation>
    </message>
    <message>
        <source> (over %1 KiB)</source>
        <translation> (más de %1 KiB)</translation>
    </message>
    <message>
        <source>The answer for %1 is too large%2, so RelayQ stopped reading it. Check the API address; if it is right, report this.</source>
        <translation>La respuesta para %1 es demasiado grande%2, así que RelayQ dejó de leerla. Compruebe la dirección de la API; si es correcta, infórmelo.</translation>
    </message>
    <message>
        <source>redirected to %1</source>
        <translation>redirige a %1</translation>
    </message>
    <message>
        <source>links its next page to %1</source>
        <translation>enlaza su página siguiente con %1</translation>
    </message>
    <message>
        <source>The answer for %1 %2. RelayQ did not follow it so the token stays with %3. Check the API address (for GitHub Enterprise Server: https://HOST/api/v3).</source>
        <translation>La respuesta para %1 %2. RelayQ no la siguió para que el token no salga de %3. Compruebe la dirección de la API (para GitHub Enterprise Server: https://HOST/api/v3).</translation>
    </message>
    <message>
        <source>GitHub asked RelayQ to slow down (secondary rate limit), so %1 is not requested until %2. RelayQ resumes by itself; if this happens often, poll less often.</source>
        <translation>GitHub pidió a RelayQ que redujera el ritmo (límite de peticiones secundario), así que %1 no se solicitará hasta %2. RelayQ lo reanudará automáticamente; si ocurre a menudo, reduzca la frecuencia de consulta.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit for this token is used up, so %1 is not requested until %2, when the limit resets. RelayQ resumes by itself; other tools using the same account share the limit.</source>
        <translation>Se agotó el límite de peticiones de GitHub para este token, así que %1 no se solicitará hasta %2, cuando se restablezca el límite. RelayQ lo reanudará automáticamente; otras herramientas que usan la misma cuenta comparten el límite.</translation>
    </message>
</context>
<context>
    <name>relayq::ApplicationLog</name>
    <message>
        <source>Could not create the log folder %1; logging to stderr only.</source>
        <translation>No se pudo crear la carpeta de registro %1; el registro solo va a stderr.</translation>
    </message>
    <message>
        <source>Could not open the log file %1 (%2); logging to stderr only.</source>
        <translation>No se pudo abrir el archivo de registro %1 (%2); el registro solo va a stderr.</translation>
    </message>
</context>
<context>
    <name>relayq::ArchiveReader</name>
    <message>
        <source>libarchive gave no reason</source>
        <translation>libarchive no dio ningún motivo</translation>
    </message>
    <message>
        <source>entry %1 is larger than %2 bytes</source>
        <translation>la entrada %1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>más de %1 entradas</translation>
    </message>
</context>
<context>
    <name>relayq::ArchiveWriter</name>
    <message>
        <source>libarchive gave no reason</source>
        <translation>libarchive no dio ningún motivo</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria agotada</translation>
    </message>
</context>
<context>
    <name>relayq::AuditLog</name>
    <message>
        <source>Could not create the folder %1 for the audit log.</source>
        <translation>No se pudo crear la carpeta %1 para el registro de acciones.</translation>
    </message>
    <message>
        <source>Could not move the full audit log %1 aside.</source>
        <translation>No se pudo apartar el registro de acciones lleno %1.</translation>
    </message>
    <message>
        <source>Could not open the audit log %1: %2</source>
        <translation>No se pudo abrir el registro de acciones %1: %2</translation>
    </message>
    <message>
        <source>Could not write to the audit log %1: %2</source>
        <translation>No se pudo escribir en el registro de acciones %1: %2</translation>
    </message>
</context>
<context>
    <name>relayq::AuditModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Runner or workflow</source>
        <translation>Runner o flujo de trabajo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Asked from: %1</source>
        <translation>Solicitado desde: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>reinicio</translation>
    </message>
    <message>
        <source>dispatch</source>
        <translation>lanzamiento</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>recuperación</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>the tray menu or status window</source>
        <translation>el menú de la bandeja del sistema o la ventana de estado</translation>
    </message>
    <message>
        <source>a notification</source>
        <translation>una notificación</translation>
    </message>
    <message>
        <source>relayqctl</source>
        <translation>relayqctl</translation>
    </message>
    <message>
        <source>auto-recovery</source>
        <translation>recuperación automática</translation>
    </message>
</context>
<context>
    <name>relayq::AutoRecovery</name>
    <message>
        <source>%1 is still offline after %2 automatic restarts in the last hour. RelayQ stops trying until it is seen online again: look at the runner&apos;s own logs.</source>
        <translation>%1 sigue desconectado tras %2 reinicios automáticos en la última hora. RelayQ deja de intentarlo hasta que vuelva a verlo conectado: revise los registros del propio runner.</translation>
    </message>
    <message>
        <source>%1 is offline, but RelayQ cannot reach its service to restart it.</source>
        <translation>%1 está desconectado, pero RelayQ no puede acceder a su servicio para reiniciarlo.</translation>
    </message>
    <message>
        <source>%1 is offline and its service is not installed (%2); RelayQ will not restart it.</source>
        <translation>%1 está desconectado y su servicio no está instalado (%2); RelayQ no lo reiniciará.</translation>
    </message>
    <message>
        <source>its service is running but the runner is not connected (hung)</source>
        <translation>su servicio se está ejecutando, pero el runner no está conectado (bloqueado)</translation>
    </message>
    <message>
        <source>its service is stopped</source>
        <translation>su servicio está detenido</translation>
    </message>
    <message>
        <source>its service has failed</source>
        <translation>su servicio ha fallado</translation>
    </message>
    <message>
        <source>the state of its service could not be read (%1)</source>
        <translation>no se pudo leer el estado de su servicio (%1)</translation>
    </message>
    <message>
        <source>%1 has been offline for %2 polls and %3: restarting it.</source>
        <translation>%1 lleva %2 consultas desconectado y %3: se reinicia.</translation>
    </message>
</context>
<context>
    <name>relayq::AutostartFile</name>
    <message>
        <source>RelayQ Tray could not stop starting on login: %1 could not be removed (%2).</source>
        <translation>RelayQ Tray no pudo dejar de iniciarse al iniciar sesión: no se pudo eliminar %1 (%2).</translation>
    </message>
    <message>
        <source>RelayQ Tray could not set itself to start on login: its program path is unknown.</source>
        <translation>RelayQ Tray no pudo configurarse para iniciarse al iniciar sesión: se desconoce la ruta de su programa.</translation>
    </message>
    <message>
        <source>RelayQ Tray could not set itself to start on login: the folder %1 could not be created.</source>
        <translation>RelayQ Tray no pudo configurarse para iniciarse al iniciar sesión: no se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>RelayQ Tray could not set itself to start on login: %1 could not be written (%2).</source>
        <translation>RelayQ Tray no pudo configurarse para iniciarse al iniciar sesión: no se pudo escribir %1 (%2).</translation>
    </message>
</context>
<context>
    <name>relayq::CommandService</name>
    <message>
        <source>The service was started.</source>
        <translation>El servicio se inició.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>user commands: start %1, stop %2, status %3</source>
        <translation>comandos propios: inicio %1, detención %2, estado %3</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation>código de salida %1: %2</translation>
    </message>
    <message>
        <source>no status command is configured</source>
        <translation>no hay ningún comando de estado configurado</translation>
    </message>
    <message>
        <source>No status command is configured for this runner&apos;s service.</source>
        <translation>No hay ningún comando de estado configurado para el servicio de este runner.</translation>
    </message>
    <message>
        <source>The service is running (%1).</source>
        <translation>El servicio se está ejecutando (%1).</translation>
    </message>
    <message>
        <source>The service is stopped (%1).</source>
        <translation>El servicio está detenido (%1).</translation>
    </message>
    <message>
        <source>The status command failed: %1</source>
        <translation>Error en el comando de estado: %1</translation>
    </message>
    <message>
        <source>No start command is configured for this runner&apos;s service.</source>
        <translation>No hay ningún comando de inicio configurado para el servicio de este runner.</translation>
    </message>
    <message>
        <source>The start command failed: %1</source>
        <translation>Error en el comando de inicio: %1</translation>
    </message>
    <message>
        <source>No stop command is configured for this runner&apos;s service.</source>
        <translation>No hay ningún comando de detención configurado para el servicio de este runner.</translation>
    </message>
    <message>
        <source>The stop command failed: %1</source>
        <translation>Error en el comando de detención: %1</translation>
    </message>
    <message>
        <source>The service was restarted.</source>
        <translation>El servicio se reinició.</translation>
    </message>
    <message>
        <source>The service was stopped.</source>
        <translation>El servicio se detuvo.</translation>
    </message>
</context>
<context>
    <name>relayq::Credentials</name>
    <message>
        <source>the GH_TOKEN environment variable</source>
        <translation>la variable de entorno GH_TOKEN</translation>
    </message>
    <message>
        <source>the GITHUB_TOKEN environment variable</source>
        <translation>la variable de entorno GITHUB_TOKEN</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>la memoria (solo esta sesión)</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>sin token</translation>
    </message>
    <message>
        <source>The token is empty: paste the whole token.</source>
        <translation>El token está vacío: pegue el token completo.</translation>
    </message>
    <message>
        <source>Saved in %1, but %2 is set and wins: unset it to use the saved token.</source>
        <translation>Guardado en %1, pero %2 está definida y prevalece: elimínela para usar el token guardado.</translation>
    </message>
</context>
<context>
    <name>relayq::DemoRunnerService</name>
    <message>
        <source>The simulated runner %1 of the demo fleet</source>
        <translation>El runner simulado %1 de la flota de demostración</translation>
    </message>
    <message>
        <source>The demo fleet has no such runner any more.</source>
        <translation>La flota de demostración ya no tiene ese runner.</translation>
    </message>
    <message>
        <source>The simulated runner was restarted.</source>
        <translation>Se reinició el runner simulado.</translation>
    </message>
    <message>
        <source>The simulated runner was stopped.</source>
        <translation>Se detuvo el runner simulado.</translation>
    </message>
    <message>
        <source>Asked the demo fleet.</source>
        <translation>Se consultó a la flota de demostración.</translation>
    </message>
</context>
<context>
    <name>relayq::DispatchDialog</name>
    <message>
        <source>Dispatch again</source>
        <translation>Lanzar de nuevo</translation>
    </message>
    <message>
        <source>Dispatch a workflow</source>
        <translation>Lanzar un flujo de trabajo</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repositorio:</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Flujo de trabajo:</translation>
    </message>
    <message>
        <source>The branch or tag whose workflow file runs.</source>
        <translation>La rama o etiqueta cuyo archivo de flujo de trabajo se ejecuta.</translation>
    </message>
    <message>
        <source>Branch or &amp;tag:</source>
        <translation>Rama o e&amp;tiqueta:</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Vol&amp;ver a intentar</translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation>&amp;Abrir ejecución</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>&amp;Lanzar</translation>
    </message>
    <message>
        <source>None of the watched targets is a repository. Watch a repository in Settings to dispatch its workflows.</source>
        <translation>Ninguno de los destinos vigilados es un repositorio. Vigile un repositorio en Configuración para lanzar sus flujos de trabajo.</translation>
    </message>
    <message>
        <source>Reading the workflows of %1…</source>
        <translation>Leyendo los flujos de trabajo de %1…</translation>
    </message>
    <message>
        <source>Could not list the workflows of %1: %2</source>
        <translation>No se pudieron listar los flujos de trabajo de %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not listed because their files could not be read:
%1</source>
        <translation>No se listan porque no se pudieron leer sus archivos:
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no workflow that can be dispatched by hand (none has a workflow_dispatch trigger).</source>
        <translation>%1 no tiene ningún flujo de trabajo que se pueda lanzar a mano (ninguno tiene un disparador workflow_dispatch).</translation>
    </message>
    <message>
        <source>Say which branch or tag to run the workflow on.</source>
        <translation>Indique en qué rama o etiqueta ejecutar el flujo de trabajo.</translation>
    </message>
    <message>
        <source>Nothing was sent: correct the values below first.</source>
        <translation>No se envió nada: corrija antes los valores de abajo.</translation>
    </message>
    <message>
        <source>Dispatching %1 on %2…</source>
        <translation>Lanzando %1 en %2…</translation>
    </message>
    <message>
        <source>It could not be kept for Dispatch again: %1</source>
        <translation>No se pudo guardar para «Lanzar de nuevo»: %1</translation>
    </message>
</context>
<context>
    <name>relayq::DispatchInputForm</name>
    <message>
        <source>This workflow takes no inputs.</source>
        <translation>Este flujo de trabajo no admite entradas.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Environment name</source>
        <translation>Nombre del entorno</translation>
    </message>
</context>
<context>
    <name>relayq::FirstRunWizard</name>
    <message>
        <source>Set up RelayQ</source>
        <translation>Configurar RelayQ</translation>
    </message>
    <message>
        <source>Using the token for %1 from %2.</source>
        <translation>Se usa el token para %1 procedente de %2.</translation>
    </message>
    <message>
        <source>GitHub: %1</source>
        <translation>GitHub: %1</translation>
    </message>
    <message>
        <source>Token: from %1</source>
        <translation>Token: de %1</translation>
    </message>
    <message>
        <source>Token: belongs to %1, kept in the OS keychain</source>
        <translation>Token: pertenece a %1, guardado en el llavero del sistema</translation>
    </message>
    <message>
        <source>Token: belongs to %1, kept in memory for this session only</source>
        <translation>Token: pertenece a %1, guardado en memoria solo durante esta sesión</translation>
    </message>
    <message>
        <source>Watching: %1</source>
        <translation>Vigilando: %1</translation>
    </message>
    <message>
        <source>Starts when you log in</source>
        <translation>Se inicia al iniciar sesión</translation>
    </message>
    <message>
        <source>Does not start when you log in</source>
        <translation>No se inicia al iniciar sesión</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The token could not be kept in the OS keychain: %1 You can keep it in memory for this session only and press Finish again.</source>
        <translation>No se pudo guardar el token en el llavero del sistema: %1 Puede conservarlo en memoria solo durante esta sesión y volver a pulsar Finalizar.</translation>
    </message>
    <message>
        <source>The token could not be kept: %1</source>
        <translation>No se pudo guardar el token: %1</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración: %1</translation>
    </message>
    <message>
        <source>Start on login could not be set up: %1</source>
        <translation>No se pudo configurar el inicio al iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>relayq::FleetPoller</name>
    <message>
        <source>GitHub&apos;s answer to %1 was not understood: %2. Nothing was changed; RelayQ will try again at the next check.</source>
        <translation>No se entendió la respuesta de GitHub a %1: %2. No se cambió nada; RelayQ volverá a intentarlo en la próxima consulta.</translation>
    </message>
</context>
<context>
    <name>relayq::FreedesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>relayq::GeneralPage</name>
    <message>
        <source>&amp;Start RelayQ when I log in</source>
        <translation>&amp;Iniciar RelayQ al iniciar sesión</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Trace (everything)</source>
        <translation>Traza (todo)</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>&amp;Nivel de registro:</translation>
    </message>
    <message>
        <source>Starting on login is not available on this system.</source>
        <translation>El inicio al iniciar sesión no está disponible en este sistema.</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>For light panels</source>
        <translation>Para paneles claros</translation>
    </message>
    <message>
        <source>For dark panels</source>
        <translation>Para paneles oscuros</translation>
    </message>
    <message>
        <source>Automatic follows the desktop&apos;s colours. Choose one when the panel&apos;s colour differs from the windows&apos;.</source>
        <translation>«Automático» sigue los colores del escritorio. Elija una opción si el color del panel es distinto del de las ventanas.</translation>
    </message>
    <message>
        <source>&amp;Tray icon:</source>
        <translation>Icono de la &amp;bandeja del sistema:</translation>
    </message>
</context>
<context>
    <name>relayq::GitHubCliToken</name>
    <message>
        <source>The GitHub CLI (gh) is not installed or could not be started (%1). Install it from https://cli.github.com and run “%2”, or paste a token instead.</source>
        <translation>GitHub CLI (gh) no está instalado o no se pudo iniciar (%1). Instálelo desde https://cli.github.com y ejecute «%2», o pegue un token en su lugar.</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) gave no answer within %1 seconds. Run “gh auth token --hostname %2” in a terminal to see what it waits for, or paste a token instead.</source>
        <translation>GitHub CLI (gh) no respondió en %1 segundos. Ejecute «gh auth token --hostname %2» en un terminal para ver qué está esperando, o pegue un token en su lugar.</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) is not logged in to %1 (gh said: %2). Run “%3”, or paste a token instead.</source>
        <translation>GitHub CLI (gh) no tiene la sesión iniciada en %1 (gh dijo: %2). Ejecute «%3», o pegue un token en su lugar.</translation>
    </message>
    <message>
        <source>The GitHub CLI (gh) printed no token for %1. Run “%2”, or paste a token instead.</source>
        <translation>GitHub CLI (gh) no devolvió ningún token para %1. Ejecute «%2», o pegue un token en su lugar.</translation>
    </message>
</context>
<context>
    <name>relayq::GitHubClient</name>
    <message>
        <source>the answer is cut short</source>
        <translation>la respuesta está cortada</translation>
    </message>
    <message>
        <source>the answer is not JSON</source>
        <translation>la respuesta no es JSON</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
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
        <translation>El runner %1 está desconectado.</translation>
    </message>
    <message>
        <source>no runner carries them.</source>
        <translation>ningún runner las tiene.</translation>
    </message>
    <message>
        <source>%1 would, but it is offline.</source>
        <translation>%1 las tiene, pero está desconectado.</translation>
    </message>
    <message>
        <source>%1 would, but it is not online.</source>
        <translation>%1 las tiene, pero no está conectado.</translation>
    </message>
    <message>
        <source>%1 would, but they are offline.</source>
        <translation>%1 las tienen, pero están desconectados.</translation>
    </message>
    <message>
        <source>%1 would, but they are not online.</source>
        <translation>%1 las tienen, pero no están conectados.</translation>
    </message>
    <message>
        <source>No online runner has the labels %1; %2</source>
        <translation>Ningún runner conectado tiene las etiquetas %1; %2</translation>
    </message>
    <message>
        <source>%1 queued jobs wait for them.</source>
        <translation>%1 trabajos en cola esperan un runner con ellas.</translation>
    </message>
    <message>
        <source>%1 has been waiting for a runner for more than %2.</source>
        <translation>%1 lleva más de %2 esperando un runner.</translation>
    </message>
    <message>
        <source>%1 has been running for more than %2; it may be stuck.</source>
        <translation>%1 lleva más de %2 en ejecución; puede que esté atascado.</translation>
    </message>
    <message>
        <source>%1 has been running for more than %2.</source>
        <translation>%1 lleva más de %2 en ejecución.</translation>
    </message>
    <message>
        <source>%1 of the last %2 runs failed (%3 %).</source>
        <translation>%1 de las últimas %2 ejecuciones fallaron (%3 %).</translation>
    </message>
    <message>
        <source>No runner carries the label %1.</source>
        <translation>Ningún runner tiene la etiqueta %1.</translation>
    </message>
    <message>
        <source>No online runner carries the label %1; offline: %2.</source>
        <translation>Ningún runner conectado tiene la etiqueta %1; desconectados: %2.</translation>
    </message>
    <message>
        <source>Runner %1 is no longer registered on GitHub.</source>
        <translation>El runner %1 ya no está registrado en GitHub.</translation>
    </message>
</context>
<context>
    <name>relayq::KeychainTokenStore</name>
    <message>
        <source>the OS keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>No token for %1 is stored in the OS keychain.</source>
        <translation>No hay ningún token para %1 guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No OS keychain is available: the Secret Service (gnome-keyring or KWallet) is not running. Start it, or keep the token in memory for this session only. (Keychain said: %1)</source>
        <translation>No hay ningún llavero del sistema disponible: Secret Service (gnome-keyring o KWallet) no se está ejecutando. Inícielo, o conserve el token en memoria solo durante esta sesión. (El llavero dijo: %1)</translation>
    </message>
    <message>
        <source>The OS keychain refused access: it is locked or access was denied. Unlock it (for example by logging in to your desktop keyring) and try again, or keep the token in memory for this session only. (Keychain said: %1)</source>
        <translation>El llavero del sistema denegó el acceso: está bloqueado o se denegó el acceso. Desbloquéelo (por ejemplo, iniciando sesión en el llavero del escritorio) y vuelva a intentarlo, o conserve el token en memoria solo durante esta sesión. (El llavero dijo: %1)</translation>
    </message>
    <message>
        <source>The OS keychain failed: %1. Try again, or keep the token in memory for this session only.</source>
        <translation>Error del llavero del sistema: %1. Vuelva a intentarlo, o conserve el token en memoria solo durante esta sesión.</translation>
    </message>
</context>
<context>
    <name>relayq::LaunchdService</name>
    <message>
        <source>, pid %1</source>
        <translation>, pid %1</translation>
    </message>
    <message>
        <source>, last exit code %1</source>
        <translation>, último código de salida %1</translation>
    </message>
    <message>
        <source>launchctl gave no state</source>
        <translation>launchctl no indicó ningún estado</translation>
    </message>
    <message>
        <source>“%1” is not a LaunchAgent label RelayQ can use: only letters, digits and . _ - are allowed, and it cannot start with -.</source>
        <translation>«%1» no es una etiqueta de LaunchAgent que RelayQ pueda usar: solo se permiten letras, dígitos y . _ -, y no puede empezar por -.</translation>
    </message>
    <message>
        <source>LaunchAgent %1 (%2)</source>
        <translation>LaunchAgent %1 (%2)</translation>
    </message>
    <message>
        <source>The LaunchAgent %1 is not installed (launchd does not know it and %2 does not exist).</source>
        <translation>El LaunchAgent %1 no está instalado (launchd no lo conoce y %2 no existe).</translation>
    </message>
    <message>
        <source>%1 is running (%2).</source>
        <translation>%1 se está ejecutando (%2).</translation>
    </message>
    <message>
        <source>%1 is stopped (%2).</source>
        <translation>%1 está detenido (%2).</translation>
    </message>
    <message>
        <source>%1 has failed (%2).</source>
        <translation>%1 ha fallado (%2).</translation>
    </message>
    <message>
        <source>The state of %1 could not be read (%2).</source>
        <translation>No se pudo leer el estado de %1 (%2).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>no cargado</translation>
    </message>
</context>
<context>
    <name>relayq::LocalProcessRunner</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 ms and was stopped.</source>
        <translation>%1 no terminó en %2 ms y se detuvo.</translation>
    </message>
    <message>
        <source>%1 crashed.</source>
        <translation>%1 se bloqueó.</translation>
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
        <translation>Entre 10 segundos y 1 hora</translation>
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
        <translation>&amp;Consultar cada:</translation>
    </message>
    <message>
        <source>A job is &amp;stuck after:</source>
        <translation>Un trabajo está &amp;atascado tras:</translation>
    </message>
    <message>
        <source>A job has waited in the &amp;queue too long after:</source>
        <translation>Un trabajo lleva demasiado tiempo en c&amp;ola tras:</translation>
    </message>
    <message>
        <source>A job is &amp;long-running after:</source>
        <translation>Un trabajo es de &amp;larga duración tras:</translation>
    </message>
    <message>
        <source>The &amp;failure rate is high above:</source>
        <translation>La tasa de &amp;fallos es alta por encima de:</translation>
    </message>
    <message>
        <source>&amp;Pool labels (comma-separated):</source>
        <translation>&amp;Etiquetas de grupo (separadas por comas):</translation>
    </message>
    <message>
        <source>Stuck limits for single workflows</source>
        <translation>Límites de atasco para flujos de trabajo concretos</translation>
    </message>
    <message>
        <source>Workflow name or file</source>
        <translation>Nombre o archivo del flujo de trabajo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Add &amp;workflow</source>
        <translation>Añadir flujo de &amp;trabajo</translation>
    </message>
    <message>
        <source>Remo&amp;ve workflow</source>
        <translation>&amp;Quitar flujo de trabajo</translation>
    </message>
    <message>
        <source>The stuck limit for workflow “%1” must be a number of minutes, at least 1.</source>
        <translation>El límite de atasco del flujo de trabajo «%1» debe ser un número de minutos, como mínimo 1.</translation>
    </message>
    <message>
        <source>Workflow “%1” has two stuck limits; keep one.</source>
        <translation>El flujo de trabajo «%1» tiene dos límites de atasco; deje solo uno.</translation>
    </message>
</context>
<context>
    <name>relayq::NotificationDelivery</name>
    <message>
        <source>Restart %1</source>
        <translation>Reiniciar %1</translation>
    </message>
</context>
<context>
    <name>relayq::NotificationPolicy</name>
    <message>
        <source>GitHub is reachable again</source>
        <translation>Se vuelve a poder conectar con GitHub</translation>
    </message>
    <message>
        <source>RelayQ is watching your runners again.</source>
        <translation>RelayQ vuelve a vigilar los runners.</translation>
    </message>
    <message>
        <source>%1 problems in your runner fleet</source>
        <translation>%1 problemas en la flota de runners</translation>
    </message>
    <message>
        <source>Open on GitHub</source>
        <translation>Abrir en GitHub</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Posponer 1 h</translation>
    </message>
    <message>
        <source>%1 is back online</source>
        <translation>%1 vuelve a estar conectado</translation>
    </message>
    <message>
        <source>%1: resolved</source>
        <translation>%1: resuelto</translation>
    </message>
    <message>
        <source>%1 problems resolved</source>
        <translation>%1 problemas resueltos</translation>
    </message>
</context>
<context>
    <name>relayq::NotificationsPage</name>
    <message>
        <source>A runner is offline</source>
        <translation>Un runner está desconectado</translation>
    </message>
    <message>
        <source>A runner was removed from GitHub</source>
        <translation>Se eliminó un runner de GitHub</translation>
    </message>
    <message>
        <source>A queued job has no online runner to take it</source>
        <translation>Un trabajo en cola no tiene ningún runner conectado que lo acepte</translation>
    </message>
    <message>
        <source>A job waits in the queue too long</source>
        <translation>Un trabajo lleva demasiado tiempo en cola</translation>
    </message>
    <message>
        <source>A job is stuck</source>
        <translation>Un trabajo está atascado</translation>
    </message>
    <message>
        <source>A job runs long</source>
        <translation>Un trabajo se ejecuta durante mucho tiempo</translation>
    </message>
    <message>
        <source>The failure rate is high</source>
        <translation>La tasa de fallos es alta</translation>
    </message>
    <message>
        <source>A label pool has no online runner</source>
        <translation>Un grupo de etiquetas no tiene ningún runner conectado</translation>
    </message>
    <message>
        <source>Notify me when</source>
        <translation>Notificarme cuando</translation>
    </message>
    <message>
        <source>GitHub cannot be reached, and when it can again</source>
        <translation>No se puede conectar con GitHub, y cuando vuelve a ser posible</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>A runner that keeps going offline and online notifies at most once in this time</source>
        <translation>Un runner que se desconecta y se conecta repetidamente notifica como máximo una vez en este tiempo</translation>
    </message>
    <message>
        <source>A &amp;flapping runner notifies at most once every:</source>
        <translation>Un runner &amp;intermitente notifica como máximo una vez cada:</translation>
    </message>
</context>
<context>
    <name>relayq::PagedList</name>
    <message>
        <source>no &quot;%1&quot; list in the answer</source>
        <translation>no hay ninguna lista &quot;%1&quot; en la respuesta</translation>
    </message>
</context>
<context>
    <name>relayq::QueueDiagnosis</name>
    <message>
        <source>%1 can take it; GitHub has not assigned it yet.</source>
        <translation>%1 puede aceptarlo; GitHub aún no lo ha asignado.</translation>
    </message>
    <message>
        <source>Waiting for a busy runner: %1.</source>
        <translation>Esperando a un runner ocupado: %1.</translation>
    </message>
    <message>
        <source>Waiting for a runner with the labels %1.</source>
        <translation>Esperando a un runner con las etiquetas %1.</translation>
    </message>
</context>
<context>
    <name>relayq::RecentDispatchMenu</name>
    <message>
        <source>Dispatch again</source>
        <translation>Lanzar de nuevo</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
</context>
<context>
    <name>relayq::RecentDispatches</name>
    <message>
        <source>The recent dispatches in %1 could not be read: %2.</source>
        <translation>No se pudieron leer los lanzamientos recientes en %1: %2.</translation>
    </message>
    <message>
        <source>The recent dispatches in %1 could not be read: the file is damaged; the list starts empty.</source>
        <translation>No se pudieron leer los lanzamientos recientes en %1: el archivo está dañado; la lista empieza vacía.</translation>
    </message>
    <message>
        <source>The recent dispatches could not be saved to %1: %2.</source>
        <translation>No se pudieron guardar los lanzamientos recientes en %1: %2.</translation>
    </message>
    <message>
        <source>%1 on %2 — %3</source>
        <translation>%1 en %2 — %3</translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryBackup</name>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>no se pudo crear la carpeta %1</translation>
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
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>the repository %1</source>
        <translation>el repositorio %1</translation>
    </message>
    <message>
        <source>the organization %1</source>
        <translation>la organización %1</translation>
    </message>
    <message>
        <source>Registered to:</source>
        <translation>Registrado en:</translation>
    </message>
    <message>
        <source>none besides GitHub&apos;s default ones</source>
        <translation>ninguna aparte de las predeterminadas de GitHub</translation>
    </message>
    <message>
        <source>The runner&apos;s own labels, separated by commas. GitHub&apos;s default labels (self-hosted, the system and the architecture) are added by the runner itself.</source>
        <translation>Las etiquetas propias del runner, separadas por comas. Las etiquetas predeterminadas de GitHub (self-hosted, el sistema y la arquitectura) las añade el propio runner.</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This registers %1 with GitHub again, under the same name and labels, in seven steps:</source>
        <translation>Esto vuelve a registrar %1 en GitHub, con el mismo nombre y las mismas etiquetas, en siete pasos:</translation>
    </message>
    <message>
        <source>A backup of the runner&apos;s configuration is made first and kept, whatever happens.</source>
        <translation>Primero se hace una copia de seguridad de la configuración del runner, que se conserva pase lo que pase.</translation>
    </message>
    <message>
        <source>Stopping, uninstalling, installing and starting the service needs administrator rights: the system asks for the administrator password in its own dialog.</source>
        <translation>Detener, desinstalar, instalar e iniciar el servicio requiere derechos de administrador: el sistema pide la contraseña de administrador en su propio diálogo.</translation>
    </message>
    <message>
        <source>If a step fails, the recovery stops there and says what happened and how to resume.</source>
        <translation>Si un paso falla, la recuperación se detiene ahí e indica qué ocurrió y cómo reanudarla.</translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryProgressPage</name>
    <message>
        <source>Helper output</source>
        <translation>Salida del programa auxiliar</translation>
    </message>
    <message>
        <source>Show backup</source>
        <translation>Mostrar copia de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>The runner is back online.</source>
        <translation>El runner vuelve a estar conectado.</translation>
    </message>
    <message>
        <source>Resume from step %1</source>
        <translation>Reanudar desde el paso %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
</context>
<context>
    <name>relayq::RecoveryWizard</name>
    <message>
        <source>Recover %1</source>
        <translation>Recuperar %1</translation>
    </message>
    <message>
        <source>Stop the recovery?</source>
        <translation>¿Detener la recuperación?</translation>
    </message>
    <message>
        <source>Stopped when the window was closed.</source>
        <translation>Se detuvo al cerrar la ventana.</translation>
    </message>
    <message>
        <source>The recovery of %1 is at step %2 of %3 (%4).</source>
        <translation>La recuperación de %1 está en el paso %2 de %3 (%4).</translation>
    </message>
    <message>
        <source>Closing stops it: a command already running finishes on its own, but no further step runs, and the runner may stay offline or unregistered until the recovery is run again from step %1. The backup is kept.</source>
        <translation>Al cerrar se detiene: un comando que ya se esté ejecutando termina por sí solo, pero no se ejecuta ningún paso más, y el runner puede quedar desconectado o sin registrar hasta que la recuperación se vuelva a ejecutar desde el paso %1. La copia de seguridad se conserva.</translation>
    </message>
    <message>
        <source>Stop the recovery and close?</source>
        <translation>¿Detener la recuperación y cerrar?</translation>
    </message>
    <message>
        <source>Recovery of %1 stopped by closing its window during step %2 (%3).</source>
        <translation>Recuperación de %1 detenida al cerrar su ventana durante el paso %2 (%3).</translation>
    </message>
</context>
<context>
    <name>relayq::RunKeyAutostart</name>
    <message>
        <source>RelayQ Tray could not set itself to start on login: its program path is unknown.</source>
        <translation>RelayQ Tray no pudo configurarse para iniciarse al iniciar sesión: se desconoce la ruta de su programa.</translation>
    </message>
    <message>
        <source>RelayQ Tray could not change whether it starts on login: the registry key %1 could not be written.</source>
        <translation>RelayQ Tray no pudo cambiar si se inicia al iniciar sesión: no se pudo escribir la clave del registro %1.</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerActions</name>
    <message>
        <source>Auto-recovery is restarting %1</source>
        <translation>La recuperación automática está reiniciando %1</translation>
    </message>
    <message>
        <source>RelayQ does not know how to reach its service.</source>
        <translation>RelayQ no sabe cómo acceder a su servicio.</translation>
    </message>
    <message>
        <source>RelayQ has not seen %1 on GitHub yet, so it could not tell when it is back; wait for the next check.</source>
        <translation>RelayQ aún no ha visto %1 en GitHub, así que no pudo saber cuándo vuelve a estar conectado; espere a la próxima consulta.</translation>
    </message>
    <message>
        <source>%1 was not restarted</source>
        <translation>%1 no se reinició</translation>
    </message>
    <message>
        <source>Auto-recovery: %1</source>
        <translation>Recuperación automática: %1</translation>
    </message>
    <message>
        <source>Auto-recovery could not bring %1 back</source>
        <translation>La recuperación automática no pudo volver a conectar %1</translation>
    </message>
    <message>
        <source>Auto-recovery gave up on %1</source>
        <translation>La recuperación automática se rindió con %1</translation>
    </message>
    <message>
        <source>The runner folder of %1 is not on this computer, so there is nothing to back up here.</source>
        <translation>La carpeta del runner %1 no está en este equipo, así que aquí no hay nada de lo que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2. %3</source>
        <translation>Se hizo una copia de seguridad de %1 en %2. %3</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>No se pudo hacer una copia de seguridad de %1: %2</translation>
    </message>
    <message>
        <source>%1 backed up</source>
        <translation>Copia de seguridad de %1 realizada</translation>
    </message>
    <message>
        <source>%1 was not backed up</source>
        <translation>No se hizo la copia de seguridad de %1</translation>
    </message>
    <message>
        <source>RelayQ Tray quit before the restart of %1 finished (a helper still running was stopped); check that the runner is back online.</source>
        <translation>RelayQ Tray se cerró antes de que terminara el reinicio de %1 (se detuvo un programa auxiliar que aún se ejecutaba); compruebe que el runner vuelve a estar conectado.</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerBackup</name>
    <message>
        <source>This backup holds the runner&apos;s private key and credentials. Anyone who has the file can act as this runner on GitHub: keep it where only you can read it, and delete it when it is no longer needed.</source>
        <translation>Esta copia de seguridad contiene la clave privada y las credenciales del runner. Cualquiera que tenga el archivo puede actuar como este runner en GitHub: guárdelo donde solo usted pueda leerlo y elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 no es un archivo normal</translation>
    </message>
    <message>
        <source>interrupted after %1</source>
        <translation>interrumpido después de %1</translation>
    </message>
    <message>
        <source>the written archive cannot be read back (%1)</source>
        <translation>el archivo comprimido escrito no se puede volver a leer (%1)</translation>
    </message>
    <message>
        <source>the written archive holds %1 entries instead of %2</source>
        <translation>el archivo comprimido escrito contiene %1 entradas en lugar de %2</translation>
    </message>
    <message>
        <source>the written archive does not match %1</source>
        <translation>el archivo comprimido escrito no coincide con %1</translation>
    </message>
    <message>
        <source>The backup of the runner in %1 failed: %2.</source>
        <translation>Falló la copia de seguridad del runner en %1: %2.</translation>
    </message>
    <message>
        <source>there is no .runner file, so it is not a configured runner</source>
        <translation>no hay ningún archivo .runner, así que no es un runner configurado</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>no se pudo crear la carpeta %1</translation>
    </message>
    <message>
        <source>interrupted before writing</source>
        <translation>interrumpido antes de escribir</translation>
    </message>
    <message>
        <source>The backup was written, but the old archive %1 could not be removed.</source>
        <translation>Se escribió la copia de seguridad, pero no se pudo eliminar el archivo comprimido antiguo %1.</translation>
    </message>
    <message>
        <source>The archive %1 was not restored: %2.</source>
        <translation>No se restauró el archivo comprimido %1: %2.</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>it holds no .runner file, so it is not a runner backup</source>
        <translation>no contiene ningún archivo .runner, así que no es una copia de seguridad de un runner</translation>
    </message>
    <message>
        <source>%1 already holds a configured runner, which restoring would overwrite</source>
        <translation>%1 ya contiene un runner configurado, que la restauración sobrescribiría</translation>
    </message>
    <message>
        <source>%1 has an absolute path</source>
        <translation>%1 tiene una ruta absoluta</translation>
    </message>
    <message>
        <source>%1 points outside the runner directory</source>
        <translation>%1 apunta fuera del directorio del runner</translation>
    </message>
    <message>
        <source>%1 is a link</source>
        <translation>%1 es un enlace</translation>
    </message>
    <message>
        <source>%1 is not a runner configuration file</source>
        <translation>%1 no es un archivo de configuración de runner</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerBindingDialog</name>
    <message>
        <source>How RelayQ reaches a runner</source>
        <translation>Cómo accede RelayQ a un runner</translation>
    </message>
    <message>
        <source>Runner name</source>
        <translation>Nombre del runner</translation>
    </message>
    <message>
        <source>The runner&apos;s name as GitHub shows it</source>
        <translation>El nombre del runner tal como lo muestra GitHub</translation>
    </message>
    <message>
        <source>Where the runner&apos;s service is</source>
        <translation>Dónde está el servicio del runner</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Another computer over SSH</source>
        <translation>Otro equipo por SSH</translation>
    </message>
    <message>
        <source>My own commands</source>
        <translation>Comandos propios</translation>
    </message>
    <message>
        <source>Restart it &amp;automatically when it stays offline (at most 3 times an hour)</source>
        <translation>Reiniciarlo auto&amp;máticamente cuando siga desconectado (como máximo 3 veces por hora)</translation>
    </message>
    <message>
        <source>&amp;Runner:</source>
        <translation>&amp;Runner:</translation>
    </message>
    <message>
        <source>&amp;Reached on:</source>
        <translation>&amp;Acceso mediante:</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <source>Runner folder</source>
        <translation>Carpeta del runner</translation>
    </message>
    <message>
        <source>Empty: found among the runner folders by its name</source>
        <translation>Vacío: se busca por su nombre entre las carpetas de runners</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Runner &amp;folder:</source>
        <translation>&amp;Carpeta del runner:</translation>
    </message>
    <message>
        <source>RelayQ reads the service&apos;s name from the folder&apos;s .service file.</source>
        <translation>RelayQ lee el nombre del servicio del archivo .service de la carpeta.</translation>
    </message>
    <message>
        <source>SSH destination</source>
        <translation>Destino SSH</translation>
    </message>
    <message>
        <source>user@host</source>
        <translation>user@host</translation>
    </message>
    <message>
        <source>Runner folder on that host</source>
        <translation>Carpeta del runner en ese host</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>Nombre del servicio</translation>
    </message>
    <message>
        <source>Empty: read from the folder&apos;s .service file</source>
        <translation>Vacío: se lee del archivo .service de la carpeta</translation>
    </message>
    <message>
        <source>SSH &amp;destination:</source>
        <translation>&amp;Destino SSH:</translation>
    </message>
    <message>
        <source>Runner folder &amp;there:</source>
        <translation>Carpeta del runner a&amp;llí:</translation>
    </message>
    <message>
        <source>&amp;Service name:</source>
        <translation>Nombre del &amp;servicio:</translation>
    </message>
    <message>
        <source>RelayQ runs the system&apos;s ssh without asking anything: your own ssh configuration, keys and agent are used and the host key is checked.</source>
        <translation>RelayQ ejecuta el ssh del sistema sin preguntar nada: se usan la configuración, las claves y el agente de ssh propios, y se comprueba la clave del host.</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Comando de inicio</translation>
    </message>
    <message>
        <source>Stop command</source>
        <translation>Comando de detención</translation>
    </message>
    <message>
        <source>Status command</source>
        <translation>Comando de estado</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>St&amp;op:</source>
        <translation>De&amp;tención:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Estad&amp;o:</translation>
    </message>
    <message>
        <source>Each command runs as written, without a shell: no pipes, redirections or variables. Put quotes around an argument that holds spaces.</source>
        <translation>Cada comando se ejecuta tal como está escrito, sin shell: sin tuberías, redirecciones ni variables. Ponga entre comillas los argumentos que contengan espacios.</translation>
    </message>
    <message>
        <source>%1 is reached another way already; edit that binding instead.</source>
        <translation>Ya se accede a %1 de otra forma; edite esa vinculación.</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerConfigReader</name>
    <message>
        <source>malformed .runner: the file is empty</source>
        <translation>.runner mal formado: el archivo está vacío</translation>
    </message>
    <message>
        <source>malformed .runner: %1 at byte %2</source>
        <translation>.runner mal formado: %1 en el byte %2</translation>
    </message>
    <message>
        <source>malformed .runner: not a JSON object</source>
        <translation>.runner mal formado: no es un objeto JSON</translation>
    </message>
    <message>
        <source>no such directory</source>
        <translation>no existe ese directorio</translation>
    </message>
    <message>
        <source>no .runner file: not a configured runner directory</source>
        <translation>no hay ningún archivo .runner: no es un directorio de runner configurado</translation>
    </message>
    <message>
        <source>.service is empty</source>
        <translation>.service está vacío</translation>
    </message>
    <message>
        <source>%1 in .runner is not a whole number</source>
        <translation>%1 en .runner no es un número entero</translation>
    </message>
    <message>
        <source>%1 in .runner is not text</source>
        <translation>%1 en .runner no es texto</translation>
    </message>
    <message>
        <source>%1 in .runner is not true or false</source>
        <translation>%1 en .runner no es true ni false</translation>
    </message>
    <message>
        <source>no %1 in .runner</source>
        <translation>falta %1 en .runner</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerMenu</name>
    <message>
        <source>&amp;Runners</source>
        <translation>&amp;Runners</translation>
    </message>
    <message>
        <source>(no runner RelayQ can act on: bind one in Settings → Runners)</source>
        <translation>(ningún runner sobre el que RelayQ pueda actuar: vincule uno en Configuración → Runners)</translation>
    </message>
    <message>
        <source>Restarting…</source>
        <translation>Reiniciando…</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>&amp;Back up configuration</source>
        <translation>Hacer copia de &amp;seguridad de la configuración</translation>
    </message>
    <message>
        <source>Writes a private archive of the runner&apos;s configuration. It holds the runner&apos;s private key.</source>
        <translation>Escribe un archivo comprimido privado con la configuración del runner. Contiene la clave privada del runner.</translation>
    </message>
    <message>
        <source>Its runner folder is not on this computer.</source>
        <translation>Su carpeta de runner no está en este equipo.</translation>
    </message>
    <message>
        <source>Re&amp;cover…</source>
        <translation>Re&amp;cuperar…</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>No self-hosted runners</source>
        <translation>No hay runners autoalojados</translation>
    </message>
    <message>
        <source>%1 of %2 online</source>
        <translation>%1 de %2 conectados</translation>
    </message>
    <message>
        <source>Not reachable: %1</source>
        <translation>Inaccesible: %1</translation>
    </message>
    <message>
        <source>data from an earlier check</source>
        <translation>datos de una consulta anterior</translation>
    </message>
    <message>
        <source>Target %1, %2</source>
        <translation>Destino %1, %2</translation>
    </message>
    <message>
        <source>Online, busy</source>
        <translation>Conectado, ocupado</translation>
    </message>
    <message>
        <source>Online, idle</source>
        <translation>Conectado, inactivo</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>Ejecutando %1</translation>
    </message>
    <message>
        <source>Running %1 / %2</source>
        <translation>Ejecutando %1 / %2</translation>
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
        <translation>Hacer copia de seguridad de la configuración</translation>
    </message>
    <message>
        <source>Stop and uninstall the service</source>
        <translation>Detener y desinstalar el servicio</translation>
    </message>
    <message>
        <source>Remove the registration</source>
        <translation>Eliminar el registro</translation>
    </message>
    <message>
        <source>Get a registration token</source>
        <translation>Obtener un token de registro</translation>
    </message>
    <message>
        <source>Configure the runner again</source>
        <translation>Volver a configurar el runner</translation>
    </message>
    <message>
        <source>Install and start the service</source>
        <translation>Instalar e iniciar el servicio</translation>
    </message>
    <message>
        <source>Wait until GitHub shows it online</source>
        <translation>Esperar a que GitHub lo muestre conectado</translation>
    </message>
    <message>
        <source>Registration token received.</source>
        <translation>Token de registro recibido.</translation>
    </message>
    <message>
        <source>no backup is available</source>
        <translation>no hay ninguna copia de seguridad disponible</translation>
    </message>
    <message>
        <source>no archive was written</source>
        <translation>no se escribió ningún archivo comprimido</translation>
    </message>
    <message>
        <source>No configuration left to back up (%1).</source>
        <translation>No queda configuración de la que hacer copia de seguridad (%1).</translation>
    </message>
    <message>
        <source>the configuration could not be backed up: %1</source>
        <translation>no se pudo hacer copia de seguridad de la configuración: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Configuration backed up to %1.</source>
        <translation>Copia de seguridad de la configuración guardada en %1.</translation>
    </message>
    <message>
        <source>No service is installed (no .service): nothing to stop.</source>
        <translation>No hay ningún servicio instalado (no hay .service): no hay nada que detener.</translation>
    </message>
    <message>
        <source>Service stopped and uninstalled.</source>
        <translation>Servicio detenido y desinstalado.</translation>
    </message>
    <message>
        <source>Registration removed with config.sh remove.</source>
        <translation>Registro eliminado con config.sh remove.</translation>
    </message>
    <message>
        <source>No .runner in %1: the registration is deleted through the API.</source>
        <translation>No hay .runner en %1: el registro se elimina mediante la API.</translation>
    </message>
    <message>
        <source>GitHub lists no runner named %1 on %2: nothing to remove.</source>
        <translation>GitHub no muestra ningún runner llamado %1 en %2: no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>Registration %1 deleted through the API.</source>
        <translation>Registro %1 eliminado mediante la API.</translation>
    </message>
    <message>
        <source>GitHub&apos;s answer to %1 held no token.</source>
        <translation>La respuesta de GitHub a %1 no contenía ningún token.</translation>
    </message>
    <message>
        <source>no registration token: run the previous step first</source>
        <translation>no hay token de registro: ejecute primero el paso anterior</translation>
    </message>
    <message>
        <source>Runner configured as %1 on %2.</source>
        <translation>Runner configurado como %1 en %2.</translation>
    </message>
    <message>
        <source>Service installed and started.</source>
        <translation>Servicio instalado e iniciado.</translation>
    </message>
    <message>
        <source>GitHub does not list it</source>
        <translation>GitHub no lo muestra</translation>
    </message>
    <message>
        <source>GitHub shows %1 online.</source>
        <translation>GitHub muestra %1 conectado.</translation>
    </message>
    <message>
        <source>GitHub lists it as %1</source>
        <translation>GitHub lo muestra como %1</translation>
    </message>
    <message>
        <source>%1 did not come online within %2 seconds (%3)</source>
        <translation>%1 no se conectó en %2 segundos (%3)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>%1 failed (%2)%3</source>
        <translation>%1 falló (%2)%3</translation>
    </message>
    <message>
        <source>Step %1 of %2 (%3): %4</source>
        <translation>Paso %1 de %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 is registered again and online.</source>
        <translation>%1 vuelve a estar registrado y conectado.</translation>
    </message>
    <message>
        <source>The configuration backup is kept at %1.</source>
        <translation>La copia de seguridad de la configuración se conserva en %1.</translation>
    </message>
    <message>
        <source>Recovery of %1 stopped at step %2 of %3 (%4): %5.</source>
        <translation>La recuperación de %1 se detuvo en el paso %2 de %3 (%4): %5.</translation>
    </message>
    <message>
        <source>No backup was made in this attempt.</source>
        <translation>En este intento no se hizo ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Fix the cause, then resume from step %1 (%2).</source>
        <translation>Corrija la causa y continúe desde el paso %1 (%2).</translation>
    </message>
    <message>
        <source>A new registration token is fetched first.</source>
        <translation>Primero se obtiene un nuevo token de registro.</translation>
    </message>
    <message>
        <source>GitHub is unreachable or failing right now: %1</source>
        <translation>GitHub está inaccesible o fallando en este momento: %1</translation>
    </message>
    <message>
        <source>GitHub refused: %1</source>
        <translation>GitHub lo rechazó: %1</translation>
    </message>
    <message>
        <source>POST %1: token received, expires at %2</source>
        <translation>POST %1: token recibido, caduca el %2</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerRestart</name>
    <message>
        <source>RelayQ does not know how to reach the service of %1: bind the runner to its service in the settings first.</source>
        <translation>RelayQ no sabe cómo llegar al servicio de %1: vincule primero el runner a su servicio en la configuración.</translation>
    </message>
    <message>
        <source>this runner</source>
        <translation>este runner</translation>
    </message>
    <message>
        <source>%1 is already being restarted; wait for that restart to finish.</source>
        <translation>%1 ya se está reiniciando; espere a que termine ese reinicio.</translation>
    </message>
    <message>
        <source>%1 was restarted a moment ago; try again at %2.</source>
        <translation>%1 se reinició hace un momento; inténtelo de nuevo a las %2.</translation>
    </message>
    <message>
        <source>Restarting the service of %1 (%2)…</source>
        <translation>Reiniciando el servicio de %1 (%2)…</translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation>No se pudo reiniciar %1: %2</translation>
    </message>
    <message>
        <source>The service of %1 restarted; waiting up to %2 s for GitHub to report it online…</source>
        <translation>El servicio de %1 se reinició; esperando hasta %2 s a que GitHub lo muestre conectado…</translation>
    </message>
    <message>
        <source>%1 is back online.</source>
        <translation>%1 vuelve a estar conectado.</translation>
    </message>
    <message>
        <source>The service of %1 restarted, but RelayQ could not confirm it is back: %2</source>
        <translation>El servicio de %1 se reinició, pero RelayQ no pudo confirmar que haya vuelto: %2</translation>
    </message>
    <message>
        <source>GitHub does not show %1 online yet (%2 s).</source>
        <translation>GitHub aún no muestra %1 conectado (%2 s).</translation>
    </message>
    <message>
        <source>Could not ask GitHub about %1 (%2); trying again.</source>
        <translation>No se pudo consultar a GitHub sobre %1 (%2); se vuelve a intentar.</translation>
    </message>
    <message>
        <source>The service of %1 restarted, but RelayQ could not confirm it is back: GitHub unreachable (%2).</source>
        <translation>El servicio de %1 se reinició, pero RelayQ no pudo confirmar que haya vuelto: GitHub inaccesible (%2).</translation>
    </message>
    <message>
        <source>The service of %1 restarted, but GitHub does not list the runner any more.</source>
        <translation>El servicio de %1 se reinició, pero GitHub ya no muestra el runner.</translation>
    </message>
    <message>
        <source>The service of %1 restarted, but GitHub still shows it offline after %2 s.</source>
        <translation>El servicio de %1 se reinició, pero GitHub aún lo muestra desconectado después de %2 s.</translation>
    </message>
</context>
<context>
    <name>relayq::RunnerServices</name>
    <message>
        <source>RelayQ does not know where the runner %1 runs: no runner folder on this computer carries that name. Add its folder in Settings → Runners, or say how to reach it (SSH or your own commands).</source>
        <translation>RelayQ no sabe dónde se ejecuta el runner %1: ninguna carpeta de runner de este equipo tiene ese nombre. Añada su carpeta en Configuración → Runners, o indique cómo llegar a él (SSH o comandos propios).</translation>
    </message>
    <message>
        <source>The runner %1 is bound to your own commands, but its start or stop command is empty.</source>
        <translation>El runner %1 está vinculado a comandos propios, pero su comando de inicio o de parada está vacío.</translation>
    </message>
    <message>
        <source>No runner folder on this computer carries the name %1. Add its folder in Settings → Runners.</source>
        <translation>Ninguna carpeta de runner de este equipo tiene el nombre %1. Añada su carpeta en Configuración → Runners.</translation>
    </message>
    <message>
        <source>The folder %1 of the runner %2 cannot be read.</source>
        <translation>No se puede leer la carpeta %1 del runner %2.</translation>
    </message>
    <message>
        <source>The runner in %1 has no service installed (no .service file): install one with ./svc.sh install, or bind it to your own commands.</source>
        <translation>El runner de %1 no tiene ningún servicio instalado (no hay archivo .service): instale uno con ./svc.sh install o vincúlelo a comandos propios.</translation>
    </message>
    <message>
        <source>The .service file in %1 does not name a LaunchAgent.</source>
        <translation>El archivo .service de %1 no indica ningún LaunchAgent.</translation>
    </message>
    <message>
        <source>The .service file in %1 does not name a systemd unit.</source>
        <translation>El archivo .service de %1 no indica ninguna unidad de systemd.</translation>
    </message>
    <message>
        <source>Name the systemd unit of the runner %1 on %2, as its .service file there says (e.g. actions.runner.owner-repo.name.service).</source>
        <translation>Indique la unidad de systemd del runner %1 en %2, tal como la indica allí su archivo .service (p. ej., actions.runner.owner-repo.name.service).</translation>
    </message>
    <message>
        <source>%1 on %2 over SSH</source>
        <translation>%1 en %2 por SSH</translation>
    </message>
</context>
<context>
    <name>relayq::RunnersPage</name>
    <message>
        <source>Folders of the self-hosted runners installed on this machine. RelayQ uses them to restart, back up and recover runners.</source>
        <translation>Carpetas de los runners autoalojados instalados en esta máquina. RelayQ las usa para reiniciar, hacer copia de seguridad y recuperar runners.</translation>
    </message>
    <message>
        <source>Runner folders on this machine</source>
        <translation>Carpetas de runners en esta máquina</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Añadir carpeta…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Looks for actions-runner* folders in your home folder and in /opt</source>
        <translation>Busca carpetas actions-runner* en su carpeta personal y en /opt</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&lt;b&gt;How RelayQ reaches each runner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cómo llega RelayQ a cada runner&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Runners on another computer, or under supervisord, docker and the like, need to be told how their service is started and stopped. Auto-recovery is switched on here, per runner.</source>
        <translation>A los runners de otro equipo, o gestionados por supervisord, docker y similares, hay que indicarles cómo se inicia y se detiene su servicio. La recuperación automática se activa aquí, para cada runner.</translation>
    </message>
    <message>
        <source>How RelayQ reaches each runner</source>
        <translation>Cómo llega RelayQ a cada runner</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Auto-recovery</source>
        <translation>Recuperación automática</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Q&amp;uitar</translation>
    </message>
    <message>
        <source>This computer, found among the runner folders</source>
        <translation>Este equipo, encontrado entre las carpetas de runners</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Este equipo: %1</translation>
    </message>
    <message>
        <source>Over SSH: %1, %2</source>
        <translation>Por SSH: %1, %2</translation>
    </message>
    <message>
        <source>My own commands: %1</source>
        <translation>Comandos propios: %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Runner folder</source>
        <translation>Carpeta del runner</translation>
    </message>
    <message>
        <source>No runner folders were found.</source>
        <translation>No se encontró ninguna carpeta de runner.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n new runner folder(s).</source>
        <translation>
            <numerusform>Se encontró %n carpeta de runner nueva.</numerusform>
            <numerusform>Se encontraron %n carpetas de runner nuevas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relayq::ServiceRun</name>
    <message>
        <source>%1 was started.</source>
        <translation>%1 se inició.</translation>
    </message>
    <message>
        <source>%1 was stopped.</source>
        <translation>%1 se detuvo.</translation>
    </message>
    <message>
        <source>%1 was restarted.</source>
        <translation>%1 se reinició.</translation>
    </message>
    <message>
        <source>Starting %1 failed: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>Stopping %1 failed: %2</source>
        <translation>No se pudo detener %1: %2</translation>
    </message>
    <message>
        <source>Restarting %1 failed: %2</source>
        <translation>No se pudo reiniciar %1: %2</translation>
    </message>
    <message>
        <source>Starting %1 needs administrator rights and the request was refused.</source>
        <translation>Iniciar %1 requiere permisos de administrador y la solicitud fue rechazada.</translation>
    </message>
    <message>
        <source>Stopping %1 needs administrator rights and the request was refused.</source>
        <translation>Detener %1 requiere permisos de administrador y la solicitud fue rechazada.</translation>
    </message>
    <message>
        <source>Restarting %1 needs administrator rights and the request was refused.</source>
        <translation>Reiniciar %1 requiere permisos de administrador y la solicitud fue rechazada.</translation>
    </message>
</context>
<context>
    <name>relayq::SessionTokenStore</name>
    <message>
        <source>No token for %1 is kept in memory for this session.</source>
        <translation>No hay ningún token para %1 guardado en memoria en esta sesión.</translation>
    </message>
    <message>
        <source>memory (this session only)</source>
        <translation>memoria (solo esta sesión)</translation>
    </message>
</context>
<context>
    <name>relayq::SettingsDialog</name>
    <message>
        <source>RelayQ Settings</source>
        <translation>Configuración de RelayQ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Runners on this machine</source>
        <translation>Runners en esta máquina</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Por qué no se guardó la configuración</translation>
    </message>
    <message>
        <source>The settings were saved, but starting on login could not be changed: %1</source>
        <translation>La configuración se guardó, pero no se pudo cambiar el inicio al iniciar sesión: %1</translation>
    </message>
</context>
<context>
    <name>relayq::SettingsMigration</name>
    <message>
        <source>The old settings file %1 could not be copied to %2 (%3).</source>
        <translation>No se pudo copiar el archivo de configuración antiguo %1 a %2 (%3).</translation>
    </message>
    <message>
        <source>notify = &quot;%1&quot; is not true or false, so it was left as it was.</source>
        <translation>notify = &quot;%1&quot; no es true ni false, así que se dejó como estaba.</translation>
    </message>
    <message>
        <source>debug = &quot;%1&quot; is not true or false, so it was left as it was.</source>
        <translation>debug = &quot;%1&quot; no es true ni false, así que se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>relayq::SettingsStore</name>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Intervalo de consulta</translation>
    </message>
    <message>
        <source>Missed polls before a runner is offline</source>
        <translation>Consultas fallidas antes de considerar un runner desconectado</translation>
    </message>
    <message>
        <source>Queued-too-long time</source>
        <translation>Tiempo máximo en cola</translation>
    </message>
    <message>
        <source>Stuck time</source>
        <translation>Tiempo para considerar un trabajo atascado</translation>
    </message>
    <message>
        <source>Stuck time for a workflow</source>
        <translation>Tiempo de atasco para un flujo de trabajo</translation>
    </message>
    <message>
        <source>Long-running time</source>
        <translation>Tiempo de ejecución larga</translation>
    </message>
    <message>
        <source>Failure-rate threshold</source>
        <translation>Umbral de tasa de fallos</translation>
    </message>
    <message>
        <source>Failure-rate window</source>
        <translation>Ventana de tasa de fallos</translation>
    </message>
    <message>
        <source>Minimum runs for a failure rate</source>
        <translation>Mínimo de ejecuciones para una tasa de fallos</translation>
    </message>
    <message>
        <source>Pool labels</source>
        <translation>Etiquetas de grupo</translation>
    </message>
    <message>
        <source>Silenced alert kinds</source>
        <translation>Tipos de alerta silenciados</translation>
    </message>
    <message>
        <source>Flap window</source>
        <translation>Ventana de intermitencia</translation>
    </message>
    <message>
        <source>Connection notifications</source>
        <translation>Notificaciones de conexión</translation>
    </message>
    <message>
        <source>Runner folders</source>
        <translation>Carpetas de runners</translation>
    </message>
    <message>
        <source>Start on login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Nivel de registro</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; the defaults are used and the file is left as it is.</source>
        <translation>No se pudo leer el archivo de configuración %1; se usan los valores predeterminados y el archivo se deja como está.</translation>
    </message>
    <message>
        <source>The settings file %1 was written by a newer RelayQ Tray (settings version %2). The settings this version knows are used; the file is not changed.</source>
        <translation>El archivo de configuración %1 lo escribió una versión más reciente de RelayQ Tray (versión de configuración %2). Se usan los ajustes que conoce esta versión; el archivo no se modifica.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written, so it was not brought up to date.</source>
        <translation>No se puede escribir en el archivo de configuración %1, así que no se actualizó.</translation>
    </message>
    <message>
        <source>Its settings were read all the same.</source>
        <translation>Aun así, se leyeron sus ajustes.</translation>
    </message>
    <message>
        <source>%1: %2 That entry is left out.</source>
        <translation>%1: %2 Esa entrada se omite.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not %3. The default (%4) is used instead.</source>
        <translation>%1: &quot;%2&quot; no es %3. Se usa en su lugar el valor predeterminado (%4).</translation>
    </message>
    <message>
        <source>%1: %2 The default (%3) is used instead.</source>
        <translation>%1: %2 Se usa en su lugar el valor predeterminado (%3).</translation>
    </message>
    <message>
        <source>monitor/failure_minimum_runs: %1 is more than the failure-rate window of %2 runs; %2 is used instead.</source>
        <translation>monitor/failure_minimum_runs: %1 es mayor que la ventana de tasa de fallos de %2 ejecuciones; se usa %2 en su lugar.</translation>
    </message>
    <message>
        <source>The settings file holds %1, which looks like a secret. RelayQ Tray keeps the token only in the system keychain and removes %1 from the file when settings are next saved.</source>
        <translation>El archivo de configuración contiene %1, que parece un secreto. RelayQ Tray guarda el token solo en el llavero del sistema y eliminará %1 del archivo la próxima vez que se guarde la configuración.</translation>
    </message>
    <message>
        <source>The settings were not saved, so the old file is not lost.</source>
        <translation>No se guardó la configuración, así que no se pierde el archivo antiguo.</translation>
    </message>
    <message>
        <source>Minimum runs for a failure rate must not be more than the failure-rate window (%1 runs); %2 was given.</source>
        <translation>El mínimo de ejecuciones para una tasa de fallos no debe ser mayor que la ventana de tasa de fallos (%1 ejecuciones); se indicó %2.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1 is read-only or its folder cannot be written. Make them writable and try again.</source>
        <translation>No se pudo guardar la configuración: %1 es de solo lectura o no se puede escribir en su carpeta. Conceda permisos de escritura y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Runner %1: %2</source>
        <translation>Runner %1: %2</translation>
    </message>
    <message>
        <source>Runner %1: auto_recovery must be true or false; &quot;%2&quot; was given.</source>
        <translation>Runner %1: auto_recovery debe ser true o false; se indicó &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1/%2: %3 That binding is left out.</source>
        <translation>%1/%2: %3 Esa vinculación se omite.</translation>
    </message>
    <message>
        <source>Tray icon</source>
        <translation>Icono de la bandeja del sistema</translation>
    </message>
</context>
<context>
    <name>relayq::SettingsValue</name>
    <message>
        <source>a single value</source>
        <translation>un valor único</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number such as 0.2</source>
        <translation>un número como 0.2</translation>
    </message>
    <message>
        <source>Type the runner&apos;s name as GitHub shows it.</source>
        <translation>Escriba el nombre del runner tal como lo muestra GitHub.</translation>
    </message>
    <message>
        <source>The runner&apos;s name must not start or end with a space.</source>
        <translation>El nombre del runner no debe empezar ni terminar con un espacio.</translation>
    </message>
    <message>
        <source>A runner binding: %1</source>
        <translation>Una vinculación de runner: %1</translation>
    </message>
    <message>
        <source>Runner %1: %2</source>
        <translation>Runner %1: %2</translation>
    </message>
    <message>
        <source>Runner %1 is bound twice; RelayQ reaches each runner one way only.</source>
        <translation>El runner %1 está vinculado dos veces; RelayQ llega a cada runner de una sola forma.</translation>
    </message>
    <message>
        <source>The way to reach the runner must be local, ssh or commands; &quot;%1&quot; was given.</source>
        <translation>La forma de llegar al runner debe ser local, ssh o commands; se indicó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given.</source>
        <translation>%1 debe estar entre %2 y %3; se indicó %4.</translation>
    </message>
    <message>
        <source>%1 must be repositories (owner/repo) or organisations (org); &quot;%2&quot; was given.</source>
        <translation>%1 deben ser repositorios (owner/repo) u organizaciones (org); se indicó &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must each be listed once; %2 was given twice.</source>
        <translation>%1: cada elemento debe figurar una sola vez; %2 se indicó dos veces.</translation>
    </message>
    <message>
        <source>%1 must be among %2; &quot;%3&quot; was given.</source>
        <translation>%1 debe ser uno de %2; se indicó &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 must not be blank or start or end with a space; &quot;%2&quot; was given.</source>
        <translation>%1 no puede estar en blanco ni empezar o terminar con un espacio; se indicó &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be full paths; &quot;%2&quot; was given.</source>
        <translation>%1 deben ser rutas completas; se indicó &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be written workflow=seconds; &quot;%2&quot; was given.</source>
        <translation>%1 debe escribirse como flujo_de_trabajo=segundos; se indicó &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 needs the name of a workflow; &quot;%2&quot; was given.</source>
        <translation>%1 necesita el nombre de un flujo de trabajo; se indicó &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was given for &quot;%5&quot;.</source>
        <translation>%1 debe estar entre %2 y %3; se indicó %4 para &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>%1 must name each workflow once; &quot;%2&quot; was given twice.</source>
        <translation>%1 debe nombrar cada flujo de trabajo una sola vez; &quot;%2&quot; se indicó dos veces.</translation>
    </message>
    <message>
        <source>%1 must be one of %2; &quot;%3&quot; was given.</source>
        <translation>%1 debe ser uno de %2; se indicó &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 must be empty (follow the system) or a language name such as de or pt_BR; &quot;%2&quot; was given.</source>
        <translation>%1 debe estar vacío (seguir al sistema) o ser un nombre de idioma como de o pt_BR; se indicó &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The runner folder must be a full path; &quot;%1&quot; was given.</source>
        <translation>La carpeta del runner debe ser una ruta completa; se indicó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the SSH destination, such as ci@build-host.</source>
        <translation>Escriba el destino SSH, como ci@build-host.</translation>
    </message>
    <message>
        <source>The SSH destination must not start with &apos;-&apos;; &quot;%1&quot; was given.</source>
        <translation>El destino SSH no puede empezar por &apos;-&apos;; se indicó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The SSH destination must not contain spaces; &quot;%1&quot; was given.</source>
        <translation>El destino SSH no puede contener espacios; se indicó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Type the runner folder on that host, or the name of its service.</source>
        <translation>Escriba la carpeta del runner en ese host, o el nombre de su servicio.</translation>
    </message>
    <message>
        <source>Your own commands need a start command and a stop command.</source>
        <translation>Los comandos propios necesitan un comando de inicio y uno de detención.</translation>
    </message>
</context>
<context>
    <name>relayq::SshDestination</name>
    <message>
        <source>The user name “%1” may only contain letters, digits and . _ - and cannot start with a dash or a dot.</source>
        <translation>El nombre de usuario “%1” solo puede contener letras, dígitos y . _ - y no puede empezar por un guion ni por un punto.</translation>
    </message>
    <message>
        <source>“%1” is not written as [IPv6 address]:port.</source>
        <translation>“%1” no está escrito como [dirección IPv6]:puerto.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>“%1” no es una dirección IPv6.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address; put an IPv6 address with a port in brackets: [address]:port.</source>
        <translation>“%1” no es una dirección IPv6; escriba una dirección IPv6 con puerto entre corchetes: [dirección]:puerto.</translation>
    </message>
    <message>
        <source>“%1” names no host. Write it as [user@]host[:port].</source>
        <translation>“%1” no indica ningún host. Escríbalo como [usuario@]host[:puerto].</translation>
    </message>
    <message>
        <source>The host name “%1” may only contain letters, digits and . _ - and cannot start with a dash or a dot.</source>
        <translation>El nombre de host “%1” solo puede contener letras, dígitos y . _ - y no puede empezar por un guion ni por un punto.</translation>
    </message>
    <message>
        <source>“%1” is not a port number (1 to 65535).</source>
        <translation>“%1” no es un número de puerto (de 1 a 65535).</translation>
    </message>
    <message>
        <source>No SSH host is given: write it as [user@]host[:port].</source>
        <translation>No se indicó ningún host SSH: escríbalo como [user@]host[:port].</translation>
    </message>
    <message>
        <source>“%1” starts with a dash, which ssh would read as an option, not a host. Write the host as [user@]host[:port].</source>
        <translation>«%1» empieza por un guion, que ssh interpretaría como una opción y no como un host. Escriba el host como [user@]host[:port].</translation>
    </message>
    <message>
        <source>The SSH destination contains a space or a control character. Write it as [user@]host[:port], without spaces.</source>
        <translation>El destino SSH contiene un espacio o un carácter de control. Escríbalo como [user@]host[:port], sin espacios.</translation>
    </message>
    <message>
        <source>“%1” contains “%2”, which a shell would interpret. An SSH destination only holds letters, digits and . _ - (written [user@]host[:port]).</source>
        <translation>«%1» contiene «%2», que un shell interpretaría. Un destino SSH solo contiene letras, dígitos y . _ - (escrito como [user@]host[:port]).</translation>
    </message>
    <message>
        <source>“%1” contains more than one @. Write the host as [user@]host[:port].</source>
        <translation>«%1» contiene más de una @. Escriba el host como [user@]host[:port].</translation>
    </message>
</context>
<context>
    <name>relayq::SshProcessRunner</name>
    <message>
        <source>The host key of %1 has changed since it was last seen, so ssh refused to connect: it may have been reinstalled, or someone may be intercepting the connection. Check with the host&apos;s administrator, then update the key in your known_hosts file (ssh-keygen -R).</source>
        <translation>La clave de host de %1 ha cambiado desde la última vez, así que ssh se negó a conectarse: puede que se haya reinstalado o que alguien esté interceptando la conexión. Consúltelo con el administrador del host y, después, actualice la clave en su archivo known_hosts (ssh-keygen -R).</translation>
    </message>
    <message>
        <source>The host key of %1 is not known, so ssh refused to connect. Connect once with ssh in a terminal (%2), check the key&apos;s fingerprint and accept it, then try again.</source>
        <translation>La clave de host de %1 no es conocida, así que ssh se negó a conectarse. Conéctese una vez con ssh en un terminal (%2), compruebe la huella de la clave y acéptela; después, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 refused the login (%2). RelayQ logs in without asking for a password: load your key into the SSH agent (ssh-add) or name it in ~/.ssh/config, and make sure its public key is in the remote user&apos;s authorized_keys.</source>
        <translation>%1 rechazó el inicio de sesión (%2). RelayQ inicia sesión sin pedir contraseña: cargue su clave en el agente SSH (ssh-add) o indíquela en ~/.ssh/config, y asegúrese de que su clave pública esté en el authorized_keys del usuario remoto.</translation>
    </message>
    <message>
        <source>The host name of %1 could not be resolved. Check the name, or define it as a Host in ~/.ssh/config.</source>
        <translation>No se pudo resolver el nombre de host de %1. Compruebe el nombre o defínalo como Host en ~/.ssh/config.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server is listening on that port. Check the port and that sshd runs there.</source>
        <translation>%1 rechazó la conexión: no hay ningún servidor SSH escuchando en ese puerto. Compruebe el puerto y que sshd se esté ejecutando allí.</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2). Check the host name, the network and any firewall in between.</source>
        <translation>No se pudo llegar a %1 (%2). Compruebe el nombre de host, la red y cualquier cortafuegos intermedio.</translation>
    </message>
    <message>
        <source>ssh could not connect to %1: %2</source>
        <translation>ssh no pudo conectarse a %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be run on %2: environment variables cannot be passed safely to a remote host.</source>
        <translation>%1 no se puede ejecutar en %2: las variables de entorno no se pueden pasar de forma segura a un host remoto.</translation>
    </message>
    <message>
        <source>No program is given to run on %1.</source>
        <translation>No se indicó ningún programa para ejecutar en %1.</translation>
    </message>
    <message>
        <source>%1 Is the OpenSSH client installed?</source>
        <translation>%1 ¿Está instalado el cliente OpenSSH?</translation>
    </message>
    <message>
        <source>The command on %1 did not finish within %2 ms; ssh was stopped.</source>
        <translation>El comando en %1 no terminó en %2 ms; se detuvo ssh.</translation>
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
        <translation>No se puede conectar con GitHub</translation>
    </message>
    <message>
        <source>GitHub is not answering</source>
        <translation>GitHub no responde</translation>
    </message>
    <message>
        <source>Can&apos;t connect to GitHub securely</source>
        <translation>No se puede conectar con GitHub de forma segura</translation>
    </message>
    <message>
        <source>GitHub rejected the token</source>
        <translation>GitHub rechazó el token</translation>
    </message>
    <message>
        <source>The token lacks a permission</source>
        <translation>Al token le falta un permiso</translation>
    </message>
    <message>
        <source>A watched repository or organisation was not found</source>
        <translation>No se encontró un repositorio u organización supervisado</translation>
    </message>
    <message>
        <source>Rate-limited by GitHub</source>
        <translation>Límite de peticiones de GitHub alcanzado</translation>
    </message>
    <message>
        <source>Rate-limited until %1</source>
        <translation>Límite de peticiones alcanzado hasta las %1</translation>
    </message>
    <message>
        <source>GitHub has a server problem</source>
        <translation>GitHub tiene un problema en el servidor</translation>
    </message>
    <message>
        <source>GitHub sent an answer RelayQ does not understand</source>
        <translation>GitHub envió una respuesta que RelayQ no entiende</translation>
    </message>
    <message>
        <source>Checking GitHub…</source>
        <translation>Comprobando GitHub…</translation>
    </message>
    <message>
        <source>notifications paused</source>
        <translation>notificaciones en pausa</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 está desconectado</translation>
    </message>
    <message>
        <source>%1 was removed</source>
        <translation>%1 se eliminó</translation>
    </message>
    <message>
        <source>No online runner for %1</source>
        <translation>Ningún runner conectado para %1</translation>
    </message>
    <message>
        <source>%1 has been queued too long</source>
        <translation>%1 lleva demasiado tiempo en cola</translation>
    </message>
    <message>
        <source>%1 looks stuck</source>
        <translation>%1 parece atascado</translation>
    </message>
    <message>
        <source>%1 is running long</source>
        <translation>%1 se está ejecutando durante mucho tiempo</translation>
    </message>
    <message>
        <source>Many runs fail in %1</source>
        <translation>Muchas ejecuciones fallan en %1</translation>
    </message>
    <message>
        <source>No online runner in pool %1</source>
        <translation>Ningún runner conectado en el grupo %1</translation>
    </message>
    <message>
        <source>%1 and 1 more problem</source>
        <translation>%1 y 1 problema más</translation>
    </message>
    <message>
        <source>%1 and %2 more problems</source>
        <translation>%1 y %2 problemas más</translation>
    </message>
    <message>
        <source>1 job running</source>
        <translation>1 trabajo en curso</translation>
    </message>
    <message>
        <source>%1 jobs running</source>
        <translation>%1 trabajos en curso</translation>
    </message>
    <message>
        <source>No self-hosted runners registered</source>
        <translation>No hay runners autoalojados registrados</translation>
    </message>
    <message>
        <source>The only runner is online</source>
        <translation>El único runner está conectado</translation>
    </message>
    <message>
        <source>All %1 runners online</source>
        <translation>Los %1 runners están conectados</translation>
    </message>
    <message>
        <source>%1/%2 runners online</source>
        <translation>%1/%2 runners conectados</translation>
    </message>
    <message>
        <source>checking now</source>
        <translation>consultando ahora</translation>
    </message>
    <message>
        <source>next check in %1</source>
        <translation>próxima consulta en %1</translation>
    </message>
    <message>
        <source>no runners</source>
        <translation>sin runners</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en curso</translation>
    </message>
    <message>
        <source>1 queued %1</source>
        <translation>1 en cola desde hace %1</translation>
    </message>
    <message>
        <source>%1 queued, longest %2</source>
        <translation>%1 en cola, el más antiguo desde hace %2</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>aún no hay datos</translation>
    </message>
    <message>
        <source>last update %1</source>
        <translation>última actualización %1</translation>
    </message>
</context>
<context>
    <name>relayq::StatusWindow</name>
    <message>
        <source>RelayQ — runner status</source>
        <translation>RelayQ — estado de los runners</translation>
    </message>
    <message>
        <source>RelayQ runner status</source>
        <translation>Estado de los runners de RelayQ</translation>
    </message>
    <message>
        <source>Waiting for the first check…</source>
        <translation>Esperando la primera comprobación…</translation>
    </message>
    <message>
        <source>Fleet status</source>
        <translation>Estado de la flota</translation>
    </message>
    <message>
        <source>What to set up</source>
        <translation>Qué configurar</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problemas con la configuración</translation>
    </message>
    <message>
        <source>Runners by target</source>
        <translation>Runners por destino</translation>
    </message>
    <message>
        <source>Active runs and queued jobs</source>
        <translation>Ejecuciones activas y trabajos en cola</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún no se ha comprobado.</translation>
    </message>
    <message>
        <source>Connection to GitHub</source>
        <translation>Conexión con GitHub</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Token de GitHub</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Acciones realizadas</translation>
    </message>
    <message>
        <source>&amp;Runners</source>
        <translation>&amp;Runners</translation>
    </message>
    <message>
        <source>Active runs and &amp;queued jobs</source>
        <translation>Ejecuciones activas y trabajos en &amp;cola</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>A&amp;lertas</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>Acc&amp;iones</translation>
    </message>
    <message>
        <source>A&amp;cknowledge</source>
        <translation>Con&amp;firmar</translation>
    </message>
    <message>
        <source>No more notifications about the selected alerts while they last</source>
        <translation>No más notificaciones sobre las alertas seleccionadas mientras duren</translation>
    </message>
    <message>
        <source>&amp;Snooze 1 h</source>
        <translation>&amp;Silenciar 1 h</translation>
    </message>
    <message>
        <source>No notifications about the selected alerts for one hour</source>
        <translation>Sin notificaciones sobre las alertas seleccionadas durante una hora</translation>
    </message>
    <message>
        <source>Snooze until &amp;tomorrow</source>
        <translation>Silenciar hasta &amp;mañana</translation>
    </message>
    <message>
        <source>No notifications about the selected alerts until tomorrow at 08:00</source>
        <translation>Sin notificaciones sobre las alertas seleccionadas hasta mañana a las 08:00</translation>
    </message>
    <message>
        <source>&amp;Open on GitHub</source>
        <translation>&amp;Abrir en GitHub</translation>
    </message>
    <message>
        <source>Set &amp;up…</source>
        <translation>Config&amp;urar…</translation>
    </message>
    <message>
        <source>Give RelayQ a GitHub token and choose what to watch</source>
        <translation>Dar a RelayQ un token de GitHub y elegir qué supervisar</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Configuració&amp;n…</translation>
    </message>
    <message>
        <source>Last successful check %1</source>
        <translation>Última comprobación correcta: %1</translation>
    </message>
    <message>
        <source>No successful check yet</source>
        <translation>Aún no hay ninguna comprobación correcta</translation>
    </message>
    <message>
        <source>next check %1</source>
        <translation>próxima comprobación: %1</translation>
    </message>
    <message>
        <source>%1 of %2 API requests left this hour</source>
        <translation>Quedan %1 de %2 peticiones a la API en esta hora</translation>
    </message>
    <message>
        <source>GitHub did not answer as expected (%1).</source>
        <translation>GitHub no respondió como se esperaba (%1).</translation>
    </message>
    <message>
        <source>Not watching anything yet</source>
        <translation>Aún no se supervisa nada</translation>
    </message>
    <message>
        <source>Last action on a runner</source>
        <translation>Última acción sobre un runner</translation>
    </message>
</context>
<context>
    <name>relayq::SystemdService</name>
    <message>
        <source>systemctl gave no state</source>
        <translation>systemctl no devolvió ningún estado</translation>
    </message>
    <message>
        <source>“%1” is not a systemd unit name RelayQ can use: only letters, digits and @ . _ : - are allowed, and it cannot start with -.</source>
        <translation>“%1” no es un nombre de unidad de systemd que RelayQ pueda usar: solo se permiten letras, dígitos y @ . _ : - y no puede empezar por -.</translation>
    </message>
    <message>
        <source>systemd user unit %1</source>
        <translation>unidad de usuario de systemd %1</translation>
    </message>
    <message>
        <source>systemd system unit %1</source>
        <translation>unidad de sistema de systemd %1</translation>
    </message>
    <message>
        <source>The service %1 is not installed (systemd knows no such unit).</source>
        <translation>El servicio %1 no está instalado (systemd no conoce esa unidad).</translation>
    </message>
    <message>
        <source>%1 is running (%2).</source>
        <translation>%1 se está ejecutando (%2).</translation>
    </message>
    <message>
        <source>%1 is stopped (%2).</source>
        <translation>%1 está detenido (%2).</translation>
    </message>
    <message>
        <source>%1 has failed (%2).</source>
        <translation>%1 ha fallado (%2).</translation>
    </message>
    <message>
        <source>The state of %1 could not be read (%2).</source>
        <translation>No se pudo leer el estado de %1 (%2).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
</context>
<context>
    <name>relayq::TargetListEditor</name>
    <message>
        <source>owner/repo or organisation</source>
        <translation>owner/repo u organización</translation>
    </message>
    <message>
        <source>Repository or organisation to add</source>
        <translation>Repositorio u organización que añadir</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Watched repositories and organisations</source>
        <translation>Repositorios y organizaciones supervisados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>there is no token yet</source>
        <translation>aún no hay ningún token</translation>
    </message>
    <message>
        <source>“%1” is not a target. Type owner/repo for a repository or a name for an organisation.</source>
        <translation>“%1” no es un destino. Escriba owner/repo para un repositorio o un nombre para una organización.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>%1 was added without a check: %2.</source>
        <translation>%1 se añadió sin comprobarlo: %2.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>%1 was not found, or this token cannot see it.</source>
        <translation>No se encontró %1, o este token no puede verlo.</translation>
    </message>
    <message>
        <source>%1 It was not added.</source>
        <translation>%1 No se añadió.</translation>
    </message>
    <message>
        <source>GitHub did not answer as expected (%1).</source>
        <translation>GitHub no respondió como se esperaba (%1).</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Sin comprobar: %1</translation>
    </message>
    <message>
        <source>%1 was added, but could not be checked: %2</source>
        <translation>%1 se añadió, pero no se pudo comprobar: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>%1 was added, but: %2</source>
        <translation>%1 se añadió, pero: %2</translation>
    </message>
</context>
<context>
    <name>relayq::TargetsPage</name>
    <message>
        <source>Repositories (owner/repo) and organisations whose self-hosted runners RelayQ watches. Each is checked with your token as you add it.</source>
        <translation>Repositorios (owner/repo) y organizaciones cuyos runners autoalojados supervisa RelayQ. Cada uno se comprueba con su token al añadirlo.</translation>
    </message>
    <message>
        <source>Wait until the targets being added have been checked.</source>
        <translation>Espere a que se hayan comprobado los destinos que se están añadiendo.</translation>
    </message>
</context>
<context>
    <name>relayq::TokenEntry</name>
    <message>
        <source>github_pat_… or ghp_…</source>
        <translation>github_pat_… o ghp_…</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>Token de GitHub</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Token check</source>
        <translation>Comprobación del token</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation>Guardar el token en memoria solo para esta sesión</translation>
    </message>
    <message>
        <source>RelayQ forgets the token when it quits; it is never written to disk. You will be asked for it again next time.</source>
        <translation>RelayQ olvida el token al cerrarse; nunca se escribe en el disco. Se le volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>It needs, for the repositories you watch: Administration: read, Actions: read (write to start workflows), Metadata: read; and for organisations: Self-hosted runners: read. A classic token needs the repo scope (admin:org for organisations).</source>
        <translation>Para los repositorios que supervisa necesita: Administration: lectura, Actions: lectura (escritura para lanzar flujos de trabajo), Metadata: lectura; y para las organizaciones: Self-hosted runners: lectura. Un token clásico necesita el ámbito repo (admin:org para organizaciones).</translation>
    </message>
    <message>
        <source>&amp;Import from GitHub CLI</source>
        <translation>&amp;Importar desde GitHub CLI</translation>
    </message>
    <message>
        <source>Takes the token of a logged-in gh (gh auth token)</source>
        <translation>Toma el token de un gh con sesión iniciada (gh auth token)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Co&amp;mprobar</translation>
    </message>
    <message>
        <source>Asks GitHub whom the token belongs to</source>
        <translation>Pregunta a GitHub a quién pertenece el token</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Create a fine-grained token on GitHub&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Crear un token específico (fine-grained) en GitHub&lt;/a&gt;</translation>
    </message>
    <message>
        <source>The OS keychain cannot be used: %1 Until that is fixed, RelayQ can keep the token in memory for this session only.</source>
        <translation>No se puede usar el llavero del sistema: %1 Hasta que se solucione, RelayQ puede guardar el token en memoria solo para esta sesión.</translation>
    </message>
    <message>
        <source>Asking GitHub whom the token belongs to…</source>
        <translation>Preguntando a GitHub a quién pertenece el token…</translation>
    </message>
    <message>
        <source>GitHub did not accept the token (HTTP %1).</source>
        <translation>GitHub no aceptó el token (HTTP %1).</translation>
    </message>
    <message>
        <source>Belongs to %1 (%2).</source>
        <translation>Pertenece a %1 (%2).</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Caduca el %1.</translation>
    </message>
    <message>
        <source>Asking the GitHub CLI for its token for %1…</source>
        <translation>Pidiendo a GitHub CLI su token para %1…</translation>
    </message>
    <message>
        <source>The GitHub CLI gave no token for %1.</source>
        <translation>GitHub CLI no devolvió ningún token para %1.</translation>
    </message>
    <message>
        <source>Imported the GitHub CLI&apos;s token for %1.</source>
        <translation>Se importó el token de GitHub CLI para %1.</translation>
    </message>
</context>
<context>
    <name>relayq::TokenIdentity</name>
    <message>
        <source>classic</source>
        <translation>clásico</translation>
    </message>
    <message>
        <source>fine-grained</source>
        <translation>específico</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>relayq::TrayActions</name>
    <message>
        <source>Backed up %1 to %2. %3</source>
        <translation>Copia de seguridad de %1 guardada en %2. %3</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>No se pudo hacer copia de seguridad de %1: %2</translation>
    </message>
    <message>
        <source>The runner folder of %1 is not on this computer: recover it where it runs (relayqctl recover %1).</source>
        <translation>La carpeta del runner %1 no está en este equipo: recupérelo donde se ejecuta (relayqctl recover %1).</translation>
    </message>
    <message>
        <source>RelayQ has not seen %1 on GitHub yet; wait for the next check.</source>
        <translation>RelayQ aún no ha visto %1 en GitHub; espere a la próxima comprobación.</translation>
    </message>
    <message>
        <source>%1 recovered</source>
        <translation>%1 recuperado</translation>
    </message>
    <message>
        <source>Recovery of %1 stopped</source>
        <translation>Recuperación de %1 detenida</translation>
    </message>
</context>
<context>
    <name>relayq::TrayCommandLine</name>
    <message>
        <source>RelayQ Tray shows the state of your self-hosted GitHub Actions runners in the system tray.

The token is read from GH_TOKEN, then GITHUB_TOKEN, then the OS keychain. --repo, --org and --api-url apply to this run only; the settings file keeps what Settings… saves.</source>
        <translation>RelayQ Tray muestra el estado de sus runners autoalojados de GitHub Actions en la bandeja del sistema.

El token se lee de GH_TOKEN, después de GITHUB_TOKEN y después del llavero del sistema. --repo, --org y --api-url se aplican solo a esta ejecución; el archivo de configuración conserva lo que guarda Configuración….</translation>
    </message>
    <message>
        <source>Watch the built-in demo fleet (no token needed).</source>
        <translation>Supervisar la flota de demostración integrada (no necesita token).</translation>
    </message>
    <message>
        <source>Watch the repository OWNER/REPO (repeatable).</source>
        <translation>Supervisar el repositorio OWNER/REPO (repetible).</translation>
    </message>
    <message>
        <source>OWNER/REPO</source>
        <translation>OWNER/REPO</translation>
    </message>
    <message>
        <source>Watch the organisation ORG (repeatable).</source>
        <translation>Supervisar la organización ORG (repetible).</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>GitHub API URL: https://api.github.com or https://HOST/api/v3 (default: the settings&apos; URL).</source>
        <translation>URL de la API de GitHub: https://api.github.com o https://HOST/api/v3 (predeterminada: la URL de la configuración).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read and write the settings in FILE (default: $RELAYQ_CONFIG, else the user&apos;s config folder).</source>
        <translation>Leer y escribir la configuración en FILE (predeterminado: $RELAYQ_CONFIG o, si no, la carpeta de configuración del usuario).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Do not open the first-run setup by itself when a token or targets are missing.</source>
        <translation>No abrir automáticamente la configuración inicial cuando falten el token o los destinos.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Argumento inesperado: %1.</translation>
    </message>
    <message>
        <source>Not a repository: &quot;%1&quot;. Write it as OWNER/REPO, e.g. octocat/hello-world.</source>
        <translation>No es un repositorio: &quot;%1&quot;. Escríbalo como OWNER/REPO, p. ej., octocat/hello-world.</translation>
    </message>
    <message>
        <source>Not an organisation name: &quot;%1&quot;.</source>
        <translation>No es un nombre de organización: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Log more (at least the debug level, whatever the settings say). The log is kept in %1.</source>
        <translation>Registrar más (al menos el nivel de depuración, diga lo que diga la configuración). El registro se guarda en %1.</translation>
    </message>
</context>
<context>
    <name>relayq::TrayMenu</name>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>&amp;Pausar notificaciones</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Consultar ahora</translation>
    </message>
    <message>
        <source>&amp;Open status window</source>
        <translation>&amp;Abrir ventana de estado</translation>
    </message>
    <message>
        <source>Set &amp;up RelayQ Tray…</source>
        <translation>Config&amp;urar RelayQ Tray…</translation>
    </message>
    <message>
        <source>&amp;Dispatch workflow…</source>
        <translation>&amp;Lanzar flujo de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Configuració&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Resume notifications</source>
        <translation>&amp;Reanudar notificaciones</translation>
    </message>
    <message>
        <source>Open %1 on GitHub</source>
        <translation>Abrir %1 en GitHub</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir carpeta de re&amp;gistro</translation>
    </message>
</context>
<context>
    <name>relayq::TraySession</name>
    <message>
        <source>Could not start the demo fleet on a loopback port.</source>
        <translation>No se pudo iniciar la flota de demostración en un puerto local (loopback).</translation>
    </message>
    <message>
        <source>Settings file %1: %2</source>
        <translation>Archivo de configuración %1: %2</translation>
    </message>
    <message>
        <source>Reading the token from the OS keychain…</source>
        <translation>Leyendo el token del llavero del sistema…</translation>
    </message>
    <message>
        <source>RelayQ Tray is not set up yet: it needs a GitHub token and targets to watch (repositories OWNER/REPO or organisations). %1Choose Set up… to do both in a few steps. To look around first, run relayq-tray --demo.</source>
        <translation>RelayQ Tray aún no está configurado: necesita un token de GitHub y destinos que supervisar (repositorios OWNER/REPO u organizaciones). %1Elija Configurar… para hacer ambas cosas en unos pocos pasos. Para echar un vistazo primero, ejecute relayq-tray --demo.</translation>
    </message>
    <message>
        <source>No GitHub token for %1. %2Choose Set up… to paste one or import it from the GitHub CLI, or set GH_TOKEN (or GITHUB_TOKEN) before starting relayq-tray. To look around first, run relayq-tray --demo.</source>
        <translation>No hay token de GitHub para %1. %2Elija Configurar… para pegar uno o importarlo desde GitHub CLI, o defina GH_TOKEN (o GITHUB_TOKEN) antes de iniciar relayq-tray. Para echar un vistazo primero, ejecute relayq-tray --demo.</translation>
    </message>
    <message>
        <source>Nothing to watch: there are no targets yet. Add a repository (OWNER/REPO) or an organisation in Settings… → Targets, or start relayq-tray with --repo OWNER/REPO or --org ORG (or try relayq-tray --demo).</source>
        <translation>No hay nada que supervisar: aún no hay destinos. Añada un repositorio (OWNER/REPO) o una organización en Configuración… → Destinos, o inicie relayq-tray con --repo OWNER/REPO o --org ORG (o pruebe relayq-tray --demo).</translation>
    </message>
    <message>
        <source>GitHub token from %1.</source>
        <translation>Origen del token de GitHub: %1.</translation>
    </message>
    <message>
        <source>No GitHub token for %1.</source>
        <translation>No hay token de GitHub para %1.</translation>
    </message>
    <message>
        <source>The API URL %1 was not used: %2 Still watching %3.</source>
        <translation>No se usó la URL de la API %1: %2 Se sigue supervisando %3.</translation>
    </message>
</context>
<context>
    <name>relayq::WindowsService</name>
    <message>
        <source>sc.exe gave no state</source>
        <translation>sc.exe no devolvió ningún estado</translation>
    </message>
    <message>
        <source>%1, exit code %2</source>
        <translation>%1, código de salida %2</translation>
    </message>
    <message>
        <source>“%1” is not a service name RelayQ can use: only letters, digits and . _ - are allowed, and it cannot start with -.</source>
        <translation>“%1” no es un nombre de servicio que RelayQ pueda usar: solo se permiten letras, dígitos y . _ - y no puede empezar por -.</translation>
    </message>
    <message>
        <source>Windows service %1</source>
        <translation>servicio de Windows %1</translation>
    </message>
    <message>
        <source>The service %1 is not installed (the service manager knows no such service).</source>
        <translation>El servicio %1 no está instalado (el gestor de servicios no conoce ese servicio).</translation>
    </message>
    <message>
        <source>%1 is running (%2).</source>
        <translation>%1 se está ejecutando (%2).</translation>
    </message>
    <message>
        <source>%1 is stopped (%2).</source>
        <translation>%1 está detenido (%2).</translation>
    </message>
    <message>
        <source>%1 has failed (%2).</source>
        <translation>%1 ha fallado (%2).</translation>
    </message>
    <message>
        <source>The state of %1 could not be read (%2).</source>
        <translation>No se pudo leer el estado de %1 (%2).</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>código de salida %1</translation>
    </message>
    <message>
        <source>it did not stop (%1)</source>
        <translation>no se detuvo (%1)</translation>
    </message>
</context>
<context>
    <name>relayq::WizardDonePage</name>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation>Guardar el token en memoria solo para esta sesión</translation>
    </message>
    <message>
        <source>Ready to watch</source>
        <translation>Listo para supervisar</translation>
    </message>
    <message>
        <source>Finish saves this and starts watching. Everything can be changed later in the settings.</source>
        <translation>Al pulsar Finalizar se guarda esto y empieza la supervisión. Todo se puede cambiar más adelante en la configuración.</translation>
    </message>
    <message>
        <source>Why setup could not be saved</source>
        <translation>Por qué no se pudo guardar la configuración inicial</translation>
    </message>
    <message>
        <source>RelayQ forgets the token when it quits; it is never written to disk.</source>
        <translation>RelayQ olvida el token al cerrarse; nunca se escribe en el disco.</translation>
    </message>
</context>
<context>
    <name>relayq::WizardHostPage</name>
    <message>
        <source>Where is GitHub?</source>
        <translation>¿Dónde está GitHub?</translation>
    </message>
    <message>
        <source>RelayQ watches self-hosted runners on GitHub.com or on your company&apos;s GitHub Enterprise Server.</source>
        <translation>RelayQ supervisa runners autoalojados en GitHub.com o en el GitHub Enterprise Server de su empresa.</translation>
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
        <translation>Dirección de GitHub Enterprise Server</translation>
    </message>
    <message>
        <source>Type the address of your GitHub Enterprise Server, such as github.example.com.</source>
        <translation>Escriba la dirección de su GitHub Enterprise Server, por ejemplo github.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Type the server&apos;s address, such as github.example.com.</source>
        <translation>&quot;%1&quot; no es una dirección web. Escriba la dirección del servidor, por ejemplo github.example.com.</translation>
    </message>
    <message>
        <source>RelayQ will use the API at %1.</source>
        <translation>RelayQ usará la API en %1.</translation>
    </message>
</context>
<context>
    <name>relayq::WizardNotificationsPage</name>
    <message>
        <source>Tell me when a runner goes &amp;offline or no runner can take a job</source>
        <translation>Avisarme cuando un runner se &amp;desconecte o ningún runner pueda aceptar un trabajo</translation>
    </message>
    <message>
        <source>Tell me about &amp;slow work: jobs stuck or queued too long, long runs, many failures, an empty label pool</source>
        <translation>Avisarme del trabajo &amp;lento: trabajos atascados o demasiado tiempo en cola, ejecuciones largas, muchos fallos, un grupo de etiqueta vacío</translation>
    </message>
    <message>
        <source>Tell me when &amp;GitHub cannot be reached for a while</source>
        <translation>Avisarme cuando no se pueda conectar con &amp;GitHub durante un tiempo</translation>
    </message>
    <message>
        <source>Start RelayQ when I &amp;log in</source>
        <translation>Iniciar RelayQ al iniciar &amp;sesión</translation>
    </message>
    <message>
        <source>Notifications and start on login</source>
        <translation>Notificaciones e inicio al iniciar sesión</translation>
    </message>
    <message>
        <source>RelayQ tells you when something needs you. You can fine-tune this later in the settings.</source>
        <translation>RelayQ avisa cuando algo requiere su atención. Puede ajustarlo más adelante en la configuración.</translation>
    </message>
    <message>
        <source>Adds an entry at %1.</source>
        <translation>Añade una entrada en %1.</translation>
    </message>
    <message>
        <source>Starting on login is not available on this system; use your desktop&apos;s own startup settings.</source>
        <translation>El inicio al iniciar sesión no está disponible en este sistema; use los ajustes de inicio propios de su escritorio.</translation>
    </message>
</context>
<context>
    <name>relayq::WizardTargetsPage</name>
    <message>
        <source>What to watch</source>
        <translation>Qué supervisar</translation>
    </message>
    <message>
        <source>Add the repositories (owner/repo) and organisations whose self-hosted runners you want to watch. Each is checked with your token as you add it.</source>
        <translation>Añada los repositorios (owner/repo) y las organizaciones cuyos runners autoalojados quiere supervisar. Cada uno se comprueba con su token al añadirlo.</translation>
    </message>
</context>
<context>
    <name>relayq::WizardTokenPage</name>
    <message>
        <source>A token for GitHub</source>
        <translation>Un token para GitHub</translation>
    </message>
    <message>
        <source>RelayQ reads your runners with a token. It is kept in the OS keychain, never in a file. Paste one, create one, or take the GitHub CLI&apos;s, then check it.</source>
        <translation>RelayQ lee sus runners con un token. Se guarda en el llavero del sistema, nunca en un archivo. Pegue uno, cree uno o use el de GitHub CLI, y después compruébelo.</translation>
    </message>
</context>
<context>
    <name>relayq::WorkflowDefinition</name>
    <message>
        <source>The workflow file is not valid YAML: line %1, column %2: %3.</source>
        <translation>El archivo del flujo de trabajo no es YAML válido: línea %1, columna %2: %3.</translation>
    </message>
    <message>
        <source>The workflow file could not be read: %1.</source>
        <translation>No se pudo leer el archivo del flujo de trabajo: %1.</translation>
    </message>
    <message>
        <source>Input “%1” is required and has no default; give it a value.</source>
        <translation>La entrada “%1” es obligatoria y no tiene valor predeterminado; asígnele un valor.</translation>
    </message>
    <message>
        <source>GitHub accepts at most %1 inputs in one dispatch; %2 were given.</source>
        <translation>GitHub acepta como máximo %1 entradas en un lanzamiento; se indicaron %2.</translation>
    </message>
    <message>
        <source>Input “%1” has the unknown type “%2”; it is treated as text.</source>
        <translation>La entrada «%1» tiene el tipo desconocido «%2»; se trata como texto.</translation>
    </message>
    <message>
        <source>Input “%1” says required: “%2”, which is neither true nor false; it is treated as not required.</source>
        <translation>La entrada «%1» indica required: «%2», que no es ni true ni false; se trata como no obligatoria.</translation>
    </message>
    <message>
        <source>The default of input “%1” is not a single value; it is ignored.</source>
        <translation>El valor predeterminado de la entrada «%1» no es un valor único; se ignora.</translation>
    </message>
    <message>
        <source>The default of boolean input “%1” is “%2”, not true or false.</source>
        <translation>El valor predeterminado de la entrada booleana «%1» es «%2», no true ni false.</translation>
    </message>
    <message>
        <source>Choice input “%1” has no options.</source>
        <translation>La entrada de selección «%1» no tiene opciones.</translation>
    </message>
    <message>
        <source>The default “%1” of choice input “%2” is not among its options.</source>
        <translation>El valor predeterminado «%1» de la entrada de selección «%2» no está entre sus opciones.</translation>
    </message>
    <message>
        <source>The workflow’s workflow_dispatch inputs (line %1) are not a list of named inputs.</source>
        <translation>Las entradas de workflow_dispatch del flujo de trabajo (línea %1) no son una lista de entradas con nombre.</translation>
    </message>
    <message>
        <source>Input “%1” of the workflow (line %2) is not described by a map of type, description, required and default.</source>
        <translation>La entrada «%1» del flujo de trabajo (línea %2) no está descrita por un mapa de type, description, required y default.</translation>
    </message>
    <message>
        <source>The workflow declares %1 inputs; GitHub accepts at most %2.</source>
        <translation>El flujo de trabajo declara %1 entradas; GitHub acepta como máximo %2.</translation>
    </message>
    <message>
        <source>The workflow file does not describe a workflow (it is not a map of keys such as name, on and jobs).</source>
        <translation>El archivo del flujo de trabajo no describe un flujo de trabajo (no es un mapa de claves como name, on y jobs).</translation>
    </message>
    <message>
        <source>The workflow’s workflow_dispatch trigger (line %1) is neither empty nor a map.</source>
        <translation>El disparador workflow_dispatch del flujo de trabajo (línea %1) no está vacío ni es un mapa.</translation>
    </message>
    <message>
        <source>“%1” is not an input of this workflow (did you mean “%2”?).</source>
        <translation>«%1» no es una entrada de este flujo de trabajo (¿quería decir «%2»?).</translation>
    </message>
    <message>
        <source>“%1” is not an input of this workflow; it takes no inputs.</source>
        <translation>«%1» no es una entrada de este flujo de trabajo; no admite entradas.</translation>
    </message>
    <message>
        <source>“%1” is not an input of this workflow; its inputs are %2.</source>
        <translation>«%1» no es una entrada de este flujo de trabajo; sus entradas son %2.</translation>
    </message>
    <message>
        <source>Input “%1” is required and may not be empty.</source>
        <translation>La entrada «%1» es obligatoria y no puede estar vacía.</translation>
    </message>
    <message>
        <source>Input “%1” is a boolean: “%2” is neither true nor false.</source>
        <translation>La entrada «%1» es booleana: «%2» no es ni true ni false.</translation>
    </message>
    <message>
        <source>Input “%1” must be one of %2, not “%3”.</source>
        <translation>La entrada «%1» debe ser una de %2, no «%3».</translation>
    </message>
    <message>
        <source>Input “%1” is a number: “%2” is not one.</source>
        <translation>La entrada «%1» es un número: «%2» no lo es.</translation>
    </message>
</context>
<context>
    <name>relayq::WorkflowDispatch</name>
    <message>
        <source>GitHub did not send the file&apos;s text (it may be larger than 1 MB).</source>
        <translation>GitHub no envió el texto del archivo (puede que ocupe más de 1 MB).</translation>
    </message>
    <message>
        <source>%1 has no workflow_dispatch trigger.</source>
        <translation>%1 no tiene ningún disparador workflow_dispatch.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
    <message>
        <source>This dispatch of %1 is already being sent.</source>
        <translation>Este lanzamiento de %1 ya se está enviando.</translation>
    </message>
    <message>
        <source>Dispatched %1 on %2 in %3: run %4.</source>
        <translation>Se lanzó %1 en la referencia %2 de %3: ejecución %4.</translation>
    </message>
    <message>
        <source>Dispatched %1 on %2 in %3. GitHub returned no run details</source>
        <translation>Se lanzó %1 en la referencia %2 de %3. GitHub no devolvió detalles de la ejecución</translation>
    </message>
    <message>
        <source>; the new run is probably run %1.</source>
        <translation>; probablemente la nueva ejecución sea la %1.</translation>
    </message>
    <message>
        <source> and the new run is not listed yet.</source>
        <translation> y la nueva ejecución aún no aparece en la lista.</translation>
    </message>
    <message>
        <source>GitHub found no workflow %1 in %2 (404). Check the file name and that the token can see the repository.</source>
        <translation>GitHub no encontró ningún flujo de trabajo %1 en %2 (404). Compruebe el nombre del archivo y que el token pueda ver el repositorio.</translation>
    </message>
    <message>
        <source>GitHub refused to dispatch %1 in %2: %3</source>
        <translation>GitHub se negó a lanzar %1 en %2: %3</translation>
    </message>
    <message>
        <source>The token may not dispatch workflows in %1 (403): it needs the Actions write permission (classic tokens: the repo scope).</source>
        <translation>El token no puede lanzar flujos de trabajo en %1 (403): necesita el permiso de escritura de Actions (tokens clásicos: el ámbito repo).</translation>
    </message>
    <message>
        <source>Could not dispatch %1 in %2: %3</source>
        <translation>No se pudo lanzar %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>relayq::sim::main</name>
    <message>
        <source>Simulates the GitHub Actions REST API on 127.0.0.1.</source>
        <translation>Simula la API REST de GitHub Actions en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Port (0: any free).</source>
        <translation>Puerto (0: cualquiera libre).</translation>
    </message>
    <message>
        <source>Load the demo fleet and its timeline.</source>
        <translation>Cargar la flota de demostración y su cronología.</translation>
    </message>
    <message>
        <source>Add N extra runners to relayq-demo/scale (scale tests).</source>
        <translation>Añadir N runners adicionales a relayq-demo/scale (pruebas de escala).</translation>
    </message>
    <message>
        <source>Invalid port.</source>
        <translation>Puerto no válido.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>No se puede escuchar en 127.0.0.1:%1.</translation>
    </message>
</context>
<context>
    <name>relayqctl</name>
    <message>
        <source>--hostname wants a host name such as github.com or ghe.example.com, not &quot;%1&quot; (for a full URL use --api-url).</source>
        <translation>--hostname necesita un nombre de host como github.com o ghe.example.com, no &quot;%1&quot; (para una URL completa, use --api-url).</translation>
    </message>
    <message>
        <source>No settings file at %1 (named by %2).</source>
        <translation>No hay ningún archivo de configuración en %1 (indicado por %2).</translation>
    </message>
    <message>
        <source>relayqctl does not take a token on the command line: other users can read it in the process list, and it stays in your shell history. Give it on standard input instead:
  relayqctl auth login --with-token &lt; token.txt
or set GH_TOKEN (or GITHUB_TOKEN) in the environment.</source>
        <translation>relayqctl no acepta un token en la línea de comandos: otros usuarios pueden leerlo en la lista de procesos y queda en el historial del shell. Páselo por la entrada estándar:
  relayqctl auth login --with-token &lt; token.txt
o defina GH_TOKEN (o GITHUB_TOKEN) en el entorno.</translation>
    </message>
    <message>
        <source>Watching %1%2, checking every %3 s. Ctrl+C stops.</source>
        <translation>Supervisando %1%2, comprobando cada %3 s. Ctrl+C para detener.</translation>
    </message>
    <message>
        <source> (demo fleet)</source>
        <translation> (flota de demostración)</translation>
    </message>
    <message>
        <source>classic, with no scopes</source>
        <translation>clásico, sin ámbitos</translation>
    </message>
    <message>
        <source>classic, scopes: %1</source>
        <translation>clásico, ámbitos: %1</translation>
    </message>
    <message>
        <source>fine-grained: permissions are checked per target</source>
        <translation>específico: los permisos se comprueban por destino</translation>
    </message>
    <message>
        <source>unknown kind (GitHub sent no scopes)</source>
        <translation>tipo desconocido (GitHub no envió ámbitos)</translation>
    </message>
    <message>
        <source>runners can be listed</source>
        <translation>se pueden listar los runners</translation>
    </message>
    <message>
        <source>runs can be read</source>
        <translation>se pueden leer las ejecuciones</translation>
    </message>
    <message>
        <source>workflows can be dispatched</source>
        <translation>se pueden lanzar flujos de trabajo</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <source>nothing can be read</source>
        <translation>no se puede leer nada</translation>
    </message>
    <message>
        <source>Token from: %1</source>
        <translation>Token desde: %1</translation>
    </message>
    <message>
        <source>Account:    %1</source>
        <translation>Cuenta:      %1</translation>
    </message>
    <message>
        <source>Kind:       %1</source>
        <translation>Tipo:        %1</translation>
    </message>
    <message>
        <source>Expires:    %1</source>
        <translation>Caduca:      %1</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>sin fecha de caducidad</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Destinos:</translation>
    </message>
    <message>
        <source>%1 is still set and provides a token; unset it to stop using that token.</source>
        <translation>%1 sigue definida y proporciona un token; elimínela (unset) para dejar de usar ese token.</translation>
    </message>
    <message>
        <source>Note: %1 is set and wins over the keychain; unset it to use the stored token.</source>
        <translation>Nota: %1 está definida y tiene prioridad sobre el llavero; elimínela (unset) para usar el token guardado.</translation>
    </message>
    <message>
        <source>No token on standard input. Pipe it in:
  relayqctl auth login --with-token &lt; token.txt
  gh auth token | relayqctl auth login --with-token</source>
        <translation>No hay ningún token en la entrada estándar. Páselo por una tubería:
  relayqctl auth login --with-token &lt; token.txt
  gh auth token | relayqctl auth login --with-token</translation>
    </message>
    <message>
        <source>The first line of standard input is not a token (it contains spaces or unusual characters). Nothing was stored.</source>
        <translation>La primera línea de la entrada estándar no es un token (contiene espacios o caracteres inusuales). No se guardó nada.</translation>
    </message>
    <message>
        <source>Nothing was stored. Without a keychain, give relayqctl the token in GH_TOKEN (or GITHUB_TOKEN) instead.</source>
        <translation>No se guardó nada. Sin llavero, pase el token a relayqctl en GH_TOKEN (o GITHUB_TOKEN).</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2; the token is in the OS keychain.</source>
        <translation>Sesión iniciada en %1 como %2; el token está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The token was rejected by %1 (401 Bad credentials); nothing was stored.</source>
        <translation>%1 rechazó el token (401 Bad credentials); no se guardó nada.</translation>
    </message>
    <message>
        <source>Could not check the token with %1; nothing was stored.</source>
        <translation>No se pudo comprobar el token con %1; no se guardó nada.</translation>
    </message>
    <message>
        <source>Removed the token for %1 from the OS keychain.</source>
        <translation>Se eliminó del llavero del sistema el token para %1.</translation>
    </message>
    <message>
        <source>There was no token for %1 in the OS keychain; nothing to remove.</source>
        <translation>No había ningún token para %1 en el llavero del sistema; no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>%1 is not a configured runner folder (it has no .runner file); nothing was archived.</source>
        <translation>%1 no es una carpeta de runner configurada (no tiene archivo .runner); no se archivó nada.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was archived.</source>
        <translation>No se pudo crear la carpeta %1; no se archivó nada.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Se restauró %1 en %2.</translation>
    </message>
    <message>
        <source>The archive also holds the service definition (%1); install the service again with the runner&apos;s svc.sh.</source>
        <translation>El archivo comprimido también contiene la definición del servicio (%1); vuelva a instalar el servicio con el svc.sh del runner.</translation>
    </message>
    <message>
        <source>No GitHub token for %1. Log in once with
  relayqctl auth login --with-token &lt; token.txt
(the token goes to the OS keychain), or set GH_TOKEN (or GITHUB_TOKEN), e.g. export GH_TOKEN=$(gh auth token).</source>
        <translation>No hay token de GitHub para %1. Inicie sesión una vez con
  relayqctl auth login --with-token &lt; token.txt
(el token se guarda en el llavero del sistema), o defina GH_TOKEN (o GITHUB_TOKEN), p. ej., export GH_TOKEN=$(gh auth token).</translation>
    </message>
    <message>
        <source>Could not start the demo fleet on a loopback port.</source>
        <translation>No se pudo iniciar la flota de demostración en un puerto local (loopback).</translation>
    </message>
    <message>
        <source>Nothing to watch: add --repo OWNER/REPO or --org ORG, add targets in relayq-tray&apos;s settings (or the file named by --config), or try --demo.</source>
        <translation>No hay nada que supervisar: añada --repo OWNER/REPO o --org ORG, añada destinos en la configuración de relayq-tray (o en el archivo indicado con --config), o pruebe --demo.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Watch the repository OWNER/REPO (repeatable).</source>
        <translation>Supervisar el repositorio OWNER/REPO (repetible).</translation>
    </message>
    <message>
        <source>OWNER/REPO</source>
        <translation>OWNER/REPO</translation>
    </message>
    <message>
        <source>Watch the organisation ORG (repeatable).</source>
        <translation>Supervisar la organización ORG (repetible).</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <source>GitHub API URL: https://api.github.com or https://HOST/api/v3 (default: the settings file&apos;s, else https://api.github.com).</source>
        <translation>URL de la API de GitHub: https://api.github.com o https://HOST/api/v3 (predeterminada: la del archivo de configuración o, si no, https://api.github.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>GitHub host instead of --api-url: github.com or a GitHub Enterprise host.</source>
        <translation>Host de GitHub en lugar de --api-url: github.com o un host de GitHub Enterprise.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Settings file to read (default: RELAYQ_CONFIG, else the one relayq-tray uses).</source>
        <translation>Archivo de configuración que leer (predeterminado: RELAYQ_CONFIG o, si no, el que usa relayq-tray).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>auth login: read the token from standard input.</source>
        <translation>auth login: leer el token de la entrada estándar.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Use the built-in demo fleet (no token, no settings).</source>
        <translation>Usar la flota de demostración integrada (sin token ni configuración).</translation>
    </message>
    <message>
        <source>Log more to stderr (repeat for debug detail).</source>
        <translation>Registrar más en stderr (repetir para detalles de depuración).</translation>
    </message>
    <message>
        <source>watch: seconds between checks (10 to 3600).</source>
        <translation>watch: segundos entre comprobaciones (de 10 a 3600).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>runners: a runner directory on this machine (repeatable).</source>
        <translation>runners: un directorio de runner en esta máquina (repetible).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>backup: the folder for the archive (default: the app&apos;s backup folder).</source>
        <translation>backup: la carpeta para el archivo comprimido (predeterminada: la carpeta de copias de seguridad de la aplicación).</translation>
    </message>
    <message>
        <source>restore: replace the configuration of a configured runner.</source>
        <translation>restore: reemplazar la configuración de un runner ya configurado.</translation>
    </message>
    <message>
        <source>dispatch: the branch or tag to run on (default: the repository&apos;s default branch).</source>
        <translation>dispatch: la rama o etiqueta en la que ejecutar (predeterminada: la rama predeterminada del repositorio).</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>REF</translation>
    </message>
    <message>
        <source>recover: resume at step N, as the last attempt said.</source>
        <translation>recover: continuar en el paso N, como indicó el último intento.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>watch: stop after N checks instead of running until interrupted.</source>
        <translation>watch: detenerse tras N comprobaciones en lugar de ejecutarse hasta que se interrumpa.</translation>
    </message>
    <message>
        <source>relayqctl watches self-hosted GitHub Actions runners.

</source>
        <translation>relayqctl supervisa runners autoalojados de GitHub Actions.

</translation>
    </message>
    <message>
        <source>status, watch, runners, backup, restore ARCHIVE, restart RUNNER, dispatch WORKFLOW [NAME=VALUE]..., recover RUNNER, or auth login|status|logout</source>
        <translation>status, watch, runners, backup, restore ARCHIVE, restart RUNNER, dispatch WORKFLOW [NAME=VALUE]..., recover RUNNER o auth login|status|logout</translation>
    </message>
    <message>
        <source>dispatch wants the workflow&apos;s file name, then its inputs:
  relayqctl dispatch --repo OWNER/REPO build.yml [--ref REF] [NAME=VALUE]...</source>
        <translation>dispatch necesita el nombre del archivo del flujo de trabajo y, después, sus entradas:
  relayqctl dispatch --repo OWNER/REPO build.yml [--ref REF] [NAME=VALUE]...</translation>
    </message>
    <message>
        <source>Inputs are written NAME=VALUE; &quot;%1&quot; is not.</source>
        <translation>Las entradas se escriben NAME=VALUE; &quot;%1&quot; no lo está.</translation>
    </message>
    <message>
        <source>The input %1 is given twice.</source>
        <translation>La entrada %1 se indica dos veces.</translation>
    </message>
    <message>
        <source>%1 takes no further words; targets go in --repo and --org.</source>
        <translation>%1 no admite más palabras; los destinos van en --repo y --org.</translation>
    </message>
    <message>
        <source>restore wants one archive: relayqctl restore ARCHIVE --runner-dir DIR</source>
        <translation>restore necesita un archivo comprimido: relayqctl restore ARCHIVE --runner-dir DIR</translation>
    </message>
    <message>
        <source>%1 wants one runner name: relayqctl %1 RUNNER</source>
        <translation>%1 necesita un nombre de runner: relayqctl %1 RUNNER</translation>
    </message>
    <message>
        <source>auth wants one of login, status, logout (and a token only on standard input).</source>
        <translation>auth necesita login, status o logout (y un token solo por la entrada estándar).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command: %1.</source>
        <translation>Comando desconocido: %1.</translation>
    </message>
    <message>
        <source>Not a repository: &quot;%1&quot;. Write it as OWNER/REPO, e.g. octocat/hello-world.</source>
        <translation>No es un repositorio: &quot;%1&quot;. Escríbalo como OWNER/REPO, p. ej., octocat/hello-world.</translation>
    </message>
    <message>
        <source>Not an organisation name: &quot;%1&quot;.</source>
        <translation>No es un nombre de organización: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give either --api-url or --hostname, not both.</source>
        <translation>Indique --api-url o --hostname, no ambos.</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 necesita un número entero de %2 a %3, no &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--with-token belongs to auth login.</source>
        <translation>--with-token corresponde a auth login.</translation>
    </message>
    <message>
        <source>auth login reads the token from standard input and needs --with-token:
  relayqctl auth login --with-token &lt; token.txt
  gh auth token | relayqctl auth login --with-token</source>
        <translation>auth login lee el token de la entrada estándar y necesita --with-token:
  relayqctl auth login --with-token &lt; token.txt
  gh auth token | relayqctl auth login --with-token</translation>
    </message>
    <message>
        <source>--runner-dir belongs to runners, backup and restore.</source>
        <translation>--runner-dir corresponde a runners, backup y restore.</translation>
    </message>
    <message>
        <source>%1 needs exactly one runner folder: --runner-dir DIR.</source>
        <translation>%1 necesita exactamente una carpeta de runner: --runner-dir DIR.</translation>
    </message>
    <message>
        <source>--out belongs to backup.</source>
        <translation>--out corresponde a backup.</translation>
    </message>
    <message>
        <source>--force belongs to restore.</source>
        <translation>--force corresponde a restore.</translation>
    </message>
    <message>
        <source>--ref belongs to dispatch.</source>
        <translation>--ref corresponde a dispatch.</translation>
    </message>
    <message>
        <source>--from-step belongs to recover.</source>
        <translation>--from-step corresponde a recover.</translation>
    </message>
    <message>
        <source>dispatch needs exactly one repository: --repo OWNER/REPO.</source>
        <translation>dispatch necesita exactamente un repositorio: --repo OWNER/REPO.</translation>
    </message>
    <message>
        <source>The demo fleet needs no token: --demo does not go with auth.</source>
        <translation>La flota de demostración no necesita token: --demo no se combina con auth.</translation>
    </message>
    <message>
        <source>GitHub returned no link to the run.</source>
        <translation>GitHub no devolvió ningún enlace a la ejecución.</translation>
    </message>
    <message>
        <source>Nothing was sent to GitHub:</source>
        <translation>No se envió nada a GitHub:</translation>
    </message>
    <message>
        <source>%1 in %2 could not be read: %3</source>
        <translation>No se pudo leer %1 en %2: %3</translation>
    </message>
    <message>
        <source>%1 has no workflow %2 that can be dispatched (it may not exist, be disabled, or have no workflow_dispatch trigger).</source>
        <translation>%1 no tiene ningún flujo de trabajo %2 que se pueda lanzar (puede que no exista, que esté desactivado o que no tenga disparador workflow_dispatch).</translation>
    </message>
    <message>
        <source>No workflow there can be dispatched.</source>
        <translation>Ningún flujo de trabajo de ahí se puede lanzar.</translation>
    </message>
    <message>
        <source>Workflows that can be dispatched:</source>
        <translation>Flujos de trabajo que se pueden lanzar:</translation>
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
        <translation>Comandos:
  status         Comprueba la flota una vez y muestra runners, ejecuciones activas
                 y alertas.
  watch          Sigue comprobando y muestra una línea por cada alerta que surge
                 o se resuelve.
  runners        Lista los runners instalados en esta máquina (--runner-dir DIR, las
                 carpetas de runners de la configuración, ~/actions-runner*,
                 /opt/actions-runner*) con su servicio y, si hay token y destinos,
                 su estado en GitHub.
  backup         Archiva la configuración de un runner (--runner-dir DIR [--out DIR]);
                 el archivo comprimido contiene la clave privada del runner.
  restore ARCHIVE  Restaura la configuración de un runner (--runner-dir DIR [--force]).
  restart RUNNER Reinicia el servicio del runner y espera a que GitHub lo muestre
                 conectado.
  dispatch WORKFLOW [NAME=VALUE]...  Lanza una ejecución workflow_dispatch
                 (--repo OWNER/REPO [--ref REF]); las entradas se comprueban con el
                 archivo del flujo de trabajo.
  recover RUNNER Hace copia de seguridad, vuelve a registrar y reinicia un runner
                 averiado en esta máquina ([--from-step N] continúa donde se detuvo
                 el último intento).
  auth login     Guarda un token (dado por la entrada estándar) en el llavero del
                 sistema.
  auth status    Indica qué token se usa, de quién es y qué permite hacer.
  auth logout    Elimina el token del llavero del sistema.

Sin --repo/--org, los destinos se toman del archivo de configuración (el que escribe
relayq-tray, o --config FILE, o RELAYQ_CONFIG); igual que la URL de la API sin
--api-url. El token se lee de GH_TOKEN, después de GITHUB_TOKEN y después del llavero
del sistema (véase relayqctl auth --help); nunca de la línea de comandos.
Códigos de salida: 0 todo correcto, 1 hay alertas, 2 fallo temporal (GitHub
inaccesible, tiempo de espera agotado, límite de peticiones, error del servidor,
llavero inutilizable), 3 error de uso o de configuración (argumentos incorrectos,
sin token, token rechazado, sin permiso, destino no encontrado).
restart y recover: 1 la acción falló (el auxiliar, un paso, o GitHub sigue mostrando
el runner desconectado; recover indica cómo continuar), 2 GitHub inaccesible
(restart: reiniciado pero sin confirmar; recover: no se tocó nada), 3 también runner
desconocido o sin servicio. recover ejecuta svc.sh mediante pkexec, o
RELAYQ_PRIVILEGE_WRAPPER (vacío: ninguno).</translation>
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
        <translation>relayqctl auth: el token de GitHub en el llavero del sistema.

  relayqctl auth login --with-token [--api-url URL | --hostname HOST] &lt; token.txt
      Lee una línea de la entrada estándar, pregunta a GitHub a quién pertenece
      el token y lo guarda en el llavero del sistema (servicio relayq-tray,
      clave = el host de la API). Un token que GitHub rechaza no se guarda.
      P. ej.: gh auth token | relayqctl auth login --with-token
  relayqctl auth status [--json] [--repo OWNER/REPO] [--org ORG]
      De dónde viene el token, de quién es, su tipo, ámbitos y caducidad y, para
      cada destino (indicado o del archivo de configuración), qué no puede hacer
      el token.
  relayqctl auth logout [--api-url URL | --hostname HOST]
      Elimina del llavero del sistema el token de ese host.

El host de la API es github.com salvo que --api-url, --hostname o el archivo de
configuración indiquen otro. GH_TOKEN y GITHUB_TOKEN, si están definidas, tienen
prioridad sobre el llavero.
Códigos de salida: 0 éxito, 2 no se pudo usar el llavero o GitHub en este momento,
3 error de uso, sin token, o el token fue rechazado o le falta un permiso.</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>hecho: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FALLÓ: %1</translation>
    </message>
    <message>
        <source>resume with: relayqctl recover %1 --from-step %2</source>
        <translation>para continuar: relayqctl recover %1 --from-step %2</translation>
    </message>
    <message>
        <source>GitHub could not be asked about %1; nothing was touched.</source>
        <translation>No se pudo consultar a GitHub sobre %1; no se tocó nada.</translation>
    </message>
    <message>
        <source>%1 was registered to %2, which is none of the targets (%3): add it with --repo or --org.</source>
        <translation>%1 estaba registrado en %2, que no es ninguno de los destinos (%3): añádalo con --repo o --org.</translation>
    </message>
    <message>
        <source>GitHub does not list %1 on %2: it is registered again without custom labels.</source>
        <translation>GitHub no muestra %1 en %2: se vuelve a registrar sin etiquetas personalizadas.</translation>
    </message>
    <message>
        <source>relayqctl recover needs the target %1 is registered to: add --repo OWNER/REPO or --org ORG, or targets in relayq-tray&apos;s settings.</source>
        <translation>relayqctl recover necesita el destino en el que está registrado %1: añada --repo OWNER/REPO o --org ORG, o destinos en la configuración de relayq-tray.</translation>
    </message>
    <message>
        <source>Recovery needs the runner&apos;s folder on this computer.</source>
        <translation>La recuperación necesita la carpeta del runner en este equipo.</translation>
    </message>
    <message>
        <source>%1 is not run from a folder here (it is reached over SSH or through your own commands).</source>
        <translation>%1 no se ejecuta desde una carpeta de aquí (se llega a él por SSH o mediante comandos propios).</translation>
    </message>
    <message>
        <source>GitHub is unreachable right now (%1); restarting %2 anyway (%3)…</source>
        <translation>GitHub está inaccesible en este momento (%1); se reinicia %2 de todos modos (%3)…</translation>
    </message>
    <message>
        <source>The service of %1 restarted, but RelayQ could not confirm it is back: GitHub unreachable (%2).</source>
        <translation>El servicio de %1 se reinició, pero RelayQ no pudo confirmar que haya vuelto: GitHub inaccesible (%2).</translation>
    </message>
    <message>
        <source>Could not restart %1: %2</source>
        <translation>No se pudo reiniciar %1: %2</translation>
    </message>
    <message>
        <source>relayqctl restart needs to know where %1 is registered, to confirm it comes back: add --repo OWNER/REPO or --org ORG, or targets in relayq-tray&apos;s settings.</source>
        <translation>relayqctl restart necesita saber dónde está registrado %1 para confirmar que vuelve: añada --repo OWNER/REPO o --org ORG, o destinos en la configuración de relayq-tray.</translation>
    </message>
    <message>
        <source>GitHub lists no runner called %1 on %2, so a restart could not be confirmed; nothing was restarted. Check the name and the targets (--repo, --org); if its registration is gone, relayqctl recover %1 registers it again.</source>
        <translation>GitHub no muestra ningún runner llamado %1 en %2, así que no se podría confirmar un reinicio; no se reinició nada. Compruebe el nombre y los destinos (--repo, --org); si su registro ha desaparecido, relayqctl recover %1 lo vuelve a registrar.</translation>
    </message>
    <message>
        <source>GitHub could not be asked (see above)</source>
        <translation>no se pudo consultar a GitHub (véase arriba)</translation>
    </message>
    <message>
        <source>no targets to ask GitHub about (add --repo or --org, or targets in relayq-tray&apos;s settings)</source>
        <translation>no hay destinos sobre los que consultar a GitHub (añada --repo o --org, o destinos en la configuración de relayq-tray)</translation>
    </message>
    <message>
        <source>no GitHub token for %1 (relayqctl auth login --with-token, or set GH_TOKEN)</source>
        <translation>no hay token de GitHub para %1 (relayqctl auth login --with-token, o defina GH_TOKEN)</translation>
    </message>
    <message>
        <source>the directory does not say which runner it is</source>
        <translation>el directorio no indica qué runner es</translation>
    </message>
    <message>
        <source>GitHub reports the status &quot;%1&quot;</source>
        <translation>GitHub indica el estado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>online</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>DESCONECTADO</translation>
    </message>
    <message>
        <source>online, busy</source>
        <translation>conectado, ocupado</translation>
    </message>
    <message>
        <source>not found on GitHub (looked for id %1, name %2)</source>
        <translation>no encontrado en GitHub (se buscó el id %1, nombre %2)</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>desconocido: %1</translation>
    </message>
    <message>
        <source>%1 (id %2 in %3)</source>
        <translation>%1 (id %2 en %3)</translation>
    </message>
    <message>
        <source>No runners found on this machine (looked in the --runner-dir and settings folders, ~/actions-runner*, /opt/actions-runner*).</source>
        <translation>No se encontraron runners en esta máquina (se buscó en las carpetas de --runner-dir y de la configuración, ~/actions-runner*, /opt/actions-runner*).</translation>
    </message>
    <message>
        <source>directory: %1</source>
        <translation>directorio: %1</translation>
    </message>
    <message>
        <source>service:   %1 (helper: %2)</source>
        <translation>servicio:   %1 (auxiliar: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>GitHub:    %1</source>
        <translation>GitHub:     %1</translation>
    </message>
    <message>
        <source>problem:   %1</source>
        <translation>problema:   %1</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>ocupado</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source> (needs %1)</source>
        <translation> (necesita %1)</translation>
    </message>
    <message>
        <source>%1 of %2 runners online (%3 busy) · %4 runs active · %5 jobs queued</source>
        <translation>%1 de %2 runners conectados (%3 ocupados) · %4 ejecuciones activas · %5 trabajos en cola</translation>
    </message>
    <message>
        <source>  (no self-hosted runners)</source>
        <translation>  (sin runners autoalojados)</translation>
    </message>
    <message>
        <source>No alerts: the fleet is healthy.</source>
        <translation>Sin alertas: la flota está en buen estado.</translation>
    </message>
    <message>
        <source>No alerts (GitHub could not be checked fully).</source>
        <translation>Sin alertas (no se pudo comprobar GitHub por completo).</translation>
    </message>
    <message>
        <source>%1: resolved (was: %2)</source>
        <translation>%1: resuelta (era: %2)</translation>
    </message>
    <message>
        <source>GitHub answers again.</source>
        <translation>GitHub vuelve a responder.</translation>
    </message>
</context>
</TS>
