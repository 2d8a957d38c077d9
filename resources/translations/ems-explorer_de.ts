<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>Not authorized (401)</source>
        <translation>Nicht autorisiert (401)</translation>
    </message>
    <message>
        <source>Forbidden (403)</source>
        <translation>Verboten (403)</translation>
    </message>
    <message>
        <source>Not found (404)</source>
        <translation>Nicht gefunden (404)</translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation>Zu viele Anfragen (429)</translation>
    </message>
    <message>
        <source>Server error (%1)</source>
        <translation>Serverfehler (%1)</translation>
    </message>
    <message>
        <source>Request refused (%1)</source>
        <translation>Anfrage abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1… (%2 more characters)</source>
        <translation>%1… (%2 weitere Zeichen)</translation>
    </message>
    <message>
        <source>The team refused a new access token too. Check that the OAuth client still exists and may use this team.</source>
        <translation>Das Team hat auch ein neues Zugriffstoken abgelehnt. Prüfen Sie, ob der OAuth-Client noch existiert und dieses Team verwenden darf.</translation>
    </message>
    <message>
        <source>The key was refused as %1. Check the key; if it is %2, change the key type of this connection.</source>
        <translation>Der Schlüssel wurde als %1 abgelehnt. Prüfen Sie den Schlüssel; wenn es %2 ist, ändern Sie den Schlüsseltyp dieser Verbindung.</translation>
    </message>
    <message>
        <source>an application key (AppKey)</source>
        <translation>Anwendungsschlüssel (AppKey)</translation>
    </message>
    <message>
        <source>a user key (Bearer)</source>
        <translation>Benutzerschlüssel (Bearer)</translation>
    </message>
    <message>
        <source>a user API key</source>
        <translation>ein Benutzer-API-Schlüssel</translation>
    </message>
    <message>
        <source>an application key</source>
        <translation>ein Anwendungsschlüssel</translation>
    </message>
    <message>
        <source>If the team uses a private certificate authority, add its certificate as the CA bundle of this connection.</source>
        <translation>Wenn das Team eine eigene Zertifizierungsstelle verwendet, fügen Sie deren Zertifikat als CA-Bündel dieser Verbindung hinzu.</translation>
    </message>
    <message>
        <source>Increase the timeout of this connection if the team is slow.</source>
        <translation>Erhöhen Sie die Zeitüberschreitung dieser Verbindung, wenn das Team langsam ist.</translation>
    </message>
    <message>
        <source>The team limits how fast requests may come; try again in a moment.</source>
        <translation>Das Team begrenzt, wie schnell Anfragen kommen dürfen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Check the team URL and your network or proxy settings.</source>
        <translation>Prüfen Sie die Team-URL und Ihre Netzwerk- oder Proxy-Einstellungen.</translation>
    </message>
    <message>
        <source>The key lacks a permission for this.</source>
        <translation>Dem Schlüssel fehlt dafür eine Berechtigung.</translation>
    </message>
    <message>
        <source>The key&apos;s permissions in %1 (%2) do not allow this.</source>
        <translation>Die Berechtigungen des Schlüssels in %1 (%2) erlauben das nicht.</translation>
    </message>
    <message>
        <source>The key has no team-wide permissions in the service %1: it reaches only what is shared with it. Ask the object&apos;s owner in Celonis to share it with you.</source>
        <translation>Der Schlüssel hat keine teamweiten Berechtigungen im Dienst %1: Er erreicht nur, was mit ihm geteilt ist. Bitten Sie die Eigentümer des Objekts in Celonis, es mit Ihnen zu teilen.</translation>
    </message>
    <message>
        <source>The team says the OAuth client lacks the scope %1.</source>
        <translation>Das Team sagt, dem OAuth-Client fehlt der Scope %1.</translation>
    </message>
    <message>
        <source>Probably the OAuth client&apos;s scopes: it was not granted %1 (the team did not say why it refused).</source>
        <translation>Wahrscheinlich die Scopes des OAuth-Clients: %1 wurde ihm nicht gewährt (das Team hat nicht gesagt, warum es ablehnte).</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter the team URL, for example https://acme.eu-1.celonis.cloud.</source>
        <translation>Geben Sie die Team-URL ein, zum Beispiel https://acme.eu-1.celonis.cloud.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid team URL.</source>
        <translation>„%1“ ist keine gültige Team-URL.</translation>
    </message>
    <message>
        <source>The team URL must start with https:// (got %1://).</source>
        <translation>Die Team-URL muss mit https:// beginnen (angegeben: %1://).</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted. Use https://, or allow plain HTTP explicitly in the connection&apos;s advanced settings.</source>
        <translation>Mit einfachem http:// würde der API-Schlüssel unverschlüsselt gesendet. Verwenden Sie https:// oder erlauben Sie einfaches HTTP ausdrücklich in den erweiterten Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <source>The team URL is missing.</source>
        <translation>Die Team-URL fehlt.</translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation>Der API-Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation>Die Zeitüberschreitung muss zwischen 1 und 3600 Sekunden liegen.</translation>
    </message>
    <message>
        <source>Retries must be between 0 and %1.</source>
        <translation>Die Wiederholungen müssen zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>The backoff factor must be between 0 and 60.</source>
        <translation>Der Backoff-Faktor muss zwischen 0 und 60 liegen.</translation>
    </message>
    <message>
        <source>Concurrent requests must be between 1 and 64.</source>
        <translation>Gleichzeitige Anfragen müssen zwischen 1 und 64 liegen.</translation>
    </message>
    <message>
        <source>The OAuth client ID is missing.</source>
        <translation>Die OAuth-Client-ID fehlt.</translation>
    </message>
    <message>
        <source>The OAuth client secret is missing.</source>
        <translation>Das OAuth-Client-Geheimnis fehlt.</translation>
    </message>
    <message>
        <source>Not signed in yet: press Sign In.</source>
        <translation>Noch nicht angemeldet: Drücken Sie „Anmelden“.</translation>
    </message>
    <message>
        <source>The largest answer must be at least 1 MiB.</source>
        <translation>Die größte Antwort muss mindestens 1 MiB erlauben.</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change the description of “%1”</source>
        <translation>Beschreibung von „%1“ ändern</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation>%1 von „%2“ ändern</translation>
    </message>
    <message>
        <source>Staged, not written yet: %1</source>
        <translation>Vorgemerkt, noch nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Writing: %1…</source>
        <translation>Wird geschrieben: %1…</translation>
    </message>
    <message>
        <source>Changed on the server since you read it: %1 waits for your choice.</source>
        <translation>Seit Sie es gelesen haben, auf dem Server geändert: %1 wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>The field &quot;%1&quot; of the current user is not a string.</source>
        <translation>Das Feld „%1“ des aktuellen Benutzers ist kein Text.</translation>
    </message>
    <message>
        <source>GET /api/cloud did not answer with a JSON object.</source>
        <translation>GET /api/cloud hat nicht mit einem JSON-Objekt geantwortet.</translation>
    </message>
    <message>
        <source>Initial connect successful! You are using an Application Key.</source>
        <translation>Verbindung erfolgreich hergestellt! Sie verwenden einen Anwendungsschlüssel.</translation>
    </message>
    <message>
        <source>Initial connect successful!</source>
        <translation>Verbindung erfolgreich hergestellt!</translation>
    </message>
    <message>
        <source>Initial connect successful! Hello %1.</source>
        <translation>Verbindung erfolgreich hergestellt! Hallo %1.</translation>
    </message>
    <message>
        <source>Application Key in use</source>
        <translation>Anwendungsschlüssel in Gebrauch</translation>
    </message>
    <message>
        <source>OAuth client %1</source>
        <translation>OAuth-Client %1</translation>
    </message>
    <message>
        <source>Hello %1 (signed in)</source>
        <translation>Hallo %1 (angemeldet)</translation>
    </message>
    <message>
        <source>Hello %1 (user key)</source>
        <translation>Hallo %1 (Benutzerschlüssel)</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Start the built-in sandbox team and connect to it.</source>
        <translation>Das eingebaute Sandbox-Team starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>Connect to a saved profile.</source>
        <translation>Mit einem gespeicherten Profil verbinden.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Connect to this team URL (the key comes from CELONIS_API_TOKEN or a prompt, never from the command line).</source>
        <translation>Mit dieser Team-URL verbinden (der Schlüssel kommt aus CELONIS_API_TOKEN oder einer Abfrage, nie von der Befehlszeile).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>APP_KEY, USER_KEY or AUTO.</source>
        <translation>APP_KEY, USER_KEY oder AUTO.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>Skip GET /api/cloud.</source>
        <translation>GET /api/cloud überspringen.</translation>
    </message>
    <message>
        <source>Do not load the key&apos;s permissions.</source>
        <translation>Die Berechtigungen des Schlüssels nicht laden.</translation>
    </message>
    <message>
        <source>Seconds before a request fails.</source>
        <translation>Sekunden, bis eine Anfrage fehlschlägt.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>Retries on 429, 5xx, resets and timeouts.</source>
        <translation>Wiederholungen bei 429, 5xx, Verbindungsabbrüchen und Zeitüberschreitungen.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Wait factor * 2^(n-1) s before retry n.</source>
        <translation>Vor Wiederholung n Faktor * 2^(n-1) s warten.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>faktor</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then exit.</source>
        <translation>Ein Bild des Fensters speichern, sobald es geladen ist, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Print &quot;shown&quot; and quit once the window is on screen (for the start-up benchmark).</source>
        <translation>„shown“ ausgeben und beenden, sobald das Fenster angezeigt wird (für den Start-Benchmark).</translation>
    </message>
    <message>
        <source>With --screenshot: the item to select, as a path of names from the team (&quot;Studio/Procurement/Procurement App&quot;).</source>
        <translation>Mit --screenshot: das auszuwählende Element, als Pfad von Namen ab dem Team („Studio/Procurement/Procurement App“).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>--key-type must be APP_KEY, USER_KEY or AUTO.</source>
        <translation>--key-type muss APP_KEY, USER_KEY oder AUTO sein.</translation>
    </message>
    <message>
        <source>--timeout, --retries and --backoff-factor take numbers.</source>
        <translation>--timeout, --retries und --backoff-factor erwarten Zahlen.</translation>
    </message>
    <message>
        <source>A desktop browser for Celonis EMS teams.</source>
        <translation>Ein Desktop-Browser für Celonis-EMS-Teams.</translation>
    </message>
    <message>
        <source>Sandbox team (demo)</source>
        <translation>Sandbox-Team (Demo)</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Create it with File &gt; Connect to a Team.</source>
        <translation>Es gibt kein Profil „%1“. Legen Sie es mit Datei &gt; Mit einem Team verbinden an.</translation>
    </message>
</context>
<context>
    <name>PermissionGlossary</name>
    <message>
        <source>space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>packages</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>data pool</source>
        <translation>Datenpool</translation>
    </message>
    <message>
        <source>data pools</source>
        <translation>Datenpools</translation>
    </message>
    <message>
        <source>data model</source>
        <translation>Datenmodell</translation>
    </message>
    <message>
        <source>data models</source>
        <translation>Datenmodelle</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>analyses</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Open this space and see what is in it</source>
        <translation>Diesen Space öffnen und seinen Inhalt sehen</translation>
    </message>
    <message>
        <source>Change who may do what</source>
        <translation>Ändern, wer was darf</translation>
    </message>
    <message>
        <source>Invite, change and remove team members</source>
        <translation>Teammitglieder einladen, ändern und entfernen</translation>
    </message>
    <message>
        <source>Create and change application keys</source>
        <translation>Anwendungsschlüssel erstellen und ändern</translation>
    </message>
    <message>
        <source>Export the content, for example to another team</source>
        <translation>Den Inhalt exportieren, zum Beispiel in ein anderes Team</translation>
    </message>
    <message>
        <source>Change every space and the packages in it, including their names</source>
        <translation>Jeden Space und die Pakete darin ändern, auch ihre Namen</translation>
    </message>
    <message>
        <source>Open every space and the packages in it</source>
        <translation>Jeden Space und die Pakete darin öffnen</translation>
    </message>
    <message>
        <source>Delete any space or package</source>
        <translation>Jeden Space und jedes Paket löschen</translation>
    </message>
    <message>
        <source>Open and read all %1</source>
        <translation>Alle %1 öffnen und lesen</translation>
    </message>
    <message>
        <source>Open and read this %1</source>
        <translation>Dieses Objekt (%1) öffnen und lesen</translation>
    </message>
    <message>
        <source>Change all %1, including their names</source>
        <translation>Alle %1 ändern, auch ihre Namen</translation>
    </message>
    <message>
        <source>Change this %1, including its name</source>
        <translation>Dieses Objekt (%1) ändern, auch seinen Namen</translation>
    </message>
    <message>
        <source>Delete any of the %1</source>
        <translation>Beliebige %1 löschen</translation>
    </message>
    <message>
        <source>Delete this %1</source>
        <translation>Dieses Objekt (%1) löschen</translation>
    </message>
    <message>
        <source>Create a %1</source>
        <translation>Neu anlegen: %1</translation>
    </message>
    <message>
        <source>Manage %1</source>
        <translation>%1 verwalten</translation>
    </message>
    <message>
        <source>A permission EMS Explorer does not know; see the EMS documentation.</source>
        <translation>Eine Berechtigung, die EMS Explorer nicht kennt; siehe die EMS-Dokumentation.</translation>
    </message>
    <message>
        <source>View its latest state</source>
        <translation>Seinen aktuellen Stand ansehen</translation>
    </message>
    <message>
        <source>Rename it</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Needs %1, which the key does not have on this object.</source>
        <translation>Benötigt %1, was der Schlüssel für dieses Objekt nicht hat.</translation>
    </message>
    <message>
        <source>Granted by %1 on this object.</source>
        <translation>Erlaubt durch %1 auf diesem Objekt.</translation>
    </message>
    <message>
        <source>Granted by %1 (team-wide); the object lists no permissions.</source>
        <translation>Erlaubt durch %1 (teamweit); das Objekt nennt keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Not known: the object lists no permissions and the key has no team-wide %1.</source>
        <translation>Unbekannt: Das Objekt nennt keine Berechtigungen, und der Schlüssel hat kein teamweites %1.</translation>
    </message>
    <message>
        <source>The key read it just now. %1</source>
        <translation>Der Schlüssel hat es gerade gelesen. %1</translation>
    </message>
    <message>
        <source>The key read it just now, though %1 is not listed for it.</source>
        <translation>Der Schlüssel hat es gerade gelesen, obwohl %1 dafür nicht aufgeführt ist.</translation>
    </message>
    <message>
        <source>Delete it (in Celonis)</source>
        <translation>Löschen (in Celonis)</translation>
    </message>
    <message>
        <source>Create something inside it (in Celonis)</source>
        <translation>Darin etwas anlegen (in Celonis)</translation>
    </message>
    <message>
        <source>Publish it (in Celonis)</source>
        <translation>Veröffentlichen (in Celonis)</translation>
    </message>
    <message>
        <source>Share it: change who may do what (in Celonis)</source>
        <translation>Teilen: ändern, wer was darf (in Celonis)</translation>
    </message>
    <message>
        <source>Granted by MANAGE_PERMISSIONS (team-wide).</source>
        <translation>Erlaubt durch MANAGE_PERMISSIONS (teamweit).</translation>
    </message>
    <message>
        <source>The key was refused just now (403), though the lists say it may: %1</source>
        <translation>Der Schlüssel wurde eben abgewiesen (403), obwohl die Listen es erlauben: %1</translation>
    </message>
    <message>
        <source>The key was refused just now (403): reading it needs %1, which the key lacks here.</source>
        <translation>Der Schlüssel wurde eben abgewiesen (403): Lesen braucht %1, und das fehlt dem Schlüssel hier.</translation>
    </message>
    <message>
        <source>Granted by the action %1 on this object.</source>
        <translation>Gewährt durch die Aktion %1 auf diesem Objekt.</translation>
    </message>
    <message>
        <source>Needs the action %1, which the object does not list for the key.</source>
        <translation>Braucht die Aktion %1, die das Objekt für den Schlüssel nicht aufführt.</translation>
    </message>
    <message>
        <source>Not known: the object lists no permissions, and no source says which team-wide permission grants %1.</source>
        <translation>Nicht bekannt: Das Objekt führt keine Berechtigungen auf, und keine Quelle sagt, welche teamweite Berechtigung %1 gewährt.</translation>
    </message>
</context>
<context>
    <name>RequestLogExport</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>
… %1 more bytes: choose Show All to see them.</source>
        <translation>
… %1 weitere Bytes: wählen Sie „Alles zeigen“, um sie zu sehen.</translation>
    </message>
    <message>
        <source>URL: %1
</source>
        <translation>URL: %1
</translation>
    </message>
    <message>
        <source>Started: %1, took %2 ms, attempt %3 of %4
</source>
        <translation>Gestartet: %1, Dauer %2 ms, Versuch %3 von %4
</translation>
    </message>
    <message>
        <source>Status: %1
</source>
        <translation>Status: %1
</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>Retry-After: %1
</source>
        <translation>Retry-After: %1
</translation>
    </message>
    <message>
        <source>Waited %1 ms before the next attempt.
</source>
        <translation>%1 ms bis zum nächsten Versuch gewartet.
</translation>
    </message>
    <message>
        <source>
Request headers:
</source>
        <translation>
Anfrage-Header:
</translation>
    </message>
    <message>
        <source>
Request body:
</source>
        <translation>
Anfrage-Body:
</translation>
    </message>
    <message>
        <source>
Response headers:
</source>
        <translation>
Antwort-Header:
</translation>
    </message>
    <message>
        <source>
Response body (%1 bytes):
</source>
        <translation>
Antwort-Body (%1 Bytes):
</translation>
    </message>
    <message>
        <source>
(The log keeps the first %1 bytes of a body.)</source>
        <translation>
(Das Protokoll behält die ersten %1 Bytes eines Bodys.)</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>Expected: to find out the key&apos;s type, EMS Explorer first offers it as an application key (AppKey); a refusal means it is a user key, which the next request sends as Bearer.</source>
        <translation>Erwartet: Um den Typ des Schlüssels herauszufinden, bietet EMS Explorer ihn zuerst als Anwendungsschlüssel (AppKey) an; eine Ablehnung heißt, dass es ein Benutzerschlüssel ist, den die nächste Anfrage als Bearer sendet.</translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <source>The field &quot;%1&quot; of a %2 is missing.</source>
        <translation>Das Feld „%1“ eines Objekts der Art %2 fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a %2 is not a string.</source>
        <translation>Das Feld „%1“ eines Objekts der Art %2 ist kein Text.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a %2 is not a list.</source>
        <translation>Das Feld „%1“ eines Objekts der Art %2 ist keine Liste.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a %2 holds something that is not a string.</source>
        <translation>Das Feld „%1“ eines Objekts der Art %2 enthält etwas, das kein Text ist.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>content node</source>
        <translation>Inhaltsknoten</translation>
    </message>
    <message>
        <source>data pool</source>
        <translation>Datenpool</translation>
    </message>
    <message>
        <source>data model</source>
        <translation>Datenmodell</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>A %1 is not a JSON object.</source>
        <translation>Ein Objekt der Art %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>A %1 has an empty id.</source>
        <translation>Ein Objekt der Art %1 hat eine leere ID.</translation>
    </message>
    <message>
        <source>Workspaces cannot be changed through the EMS API: no Celonis client (PyCelonis, content-cli) writes them.</source>
        <translation>Workspaces lassen sich über die EMS-API nicht ändern: Kein Celonis-Client (PyCelonis, content-cli) schreibt sie.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a %2 is not a date.</source>
        <translation>Das Feld „%1“ eines %2 ist kein Datum.</translation>
    </message>
</context>
<context>
    <name>ResourceLabels</name>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Knowledge model</source>
        <translation>Knowledge Model</translation>
    </message>
    <message>
        <source>View (legacy)</source>
        <translation>Ansicht (alt)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Action flow</source>
        <translation>Action Flow</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Data pool</source>
        <translation>Datenpool</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Datenmodell</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Analysis (legacy)</source>
        <translation>Analyse (alt)</translation>
    </message>
    <message>
        <source>Read-only: your key lacks the permission %1 on this object.</source>
        <translation>Schreibgeschützt: Ihrem Schlüssel fehlt die Berechtigung %1 für dieses Objekt.</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Client secret for %1</source>
        <translation>Client-Geheimnis für %1</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Keep in Memory for This Run</source>
        <translation>Für diese Sitzung im Speicher halten</translation>
    </message>
    <message>
        <source>Store in a File Only I Can Read</source>
        <translation>In einer Datei speichern, die nur ich lesen kann</translation>
    </message>
    <message>
        <source>A file keeps the key in plain text on this computer, readable by your user account only. Anyone who can act as you can read it.</source>
        <translation>Eine Datei speichert den Schlüssel im Klartext auf diesem Computer, nur für Ihr Benutzerkonto lesbar. Wer in Ihrem Namen handeln kann, kann ihn lesen.</translation>
    </message>
</context>
<context>
    <name>ServicePermission</name>
    <message>
        <source>The permissions answer is not a JSON array.</source>
        <translation>Die Antwort mit den Berechtigungen ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>A permissions entry lacks a serviceName or has a permissions field that is not a list.</source>
        <translation>Einem Berechtigungseintrag fehlt serviceName, oder sein Feld permissions ist keine Liste.</translation>
    </message>
    <message>
        <source>A permission of %1 is not a string.</source>
        <translation>Eine Berechtigung von %1 ist kein Text.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>TreeBuilder</name>
    <message>
        <source>Studio</source>
        <translation>Studio</translation>
    </message>
    <message>
        <source>Data Integration</source>
        <translation>Data Integration</translation>
    </message>
    <message>
        <source>Process Analytics</source>
        <translation>Process Analytics</translation>
    </message>
</context>
<context>
    <name>TreeRowText</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · connection failed</source>
        <translation>%1 · Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 · connecting…</source>
        <translation>%1 · verbinde…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>%1
Press Enter or choose Retry to load again.</source>
        <translation>%1
Drücken Sie die Eingabetaste oder wählen Sie „Wiederholen“, um erneut zu laden.</translation>
    </message>
    <message>
        <source>Shown here because its parent is not in the listing, or its parents form a cycle.</source>
        <translation>Hier gezeigt, weil sein übergeordnetes Objekt nicht in der Liste steht oder die übergeordneten Objekte einen Kreis bilden.</translation>
    </message>
    <message>
        <source>Error. Press Enter to retry.</source>
        <translation>Fehler. Drücken Sie die Eingabetaste für einen neuen Versuch.</translation>
    </message>
    <message>
        <source>, loading</source>
        <translation>, wird geladen</translation>
    </message>
    <message>
        <source>, failed to load</source>
        <translation>, Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — Press Enter to retry.</source>
        <translation>%1 — Eingabetaste lädt erneut.</translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation>, schreibgeschützt</translation>
    </message>
    <message>
        <source>No data pools this key may see</source>
        <translation>Keine Datenpools, die dieser Schlüssel sehen darf</translation>
    </message>
    <message>
        <source>No workspaces this key may see</source>
        <translation>Keine Workspaces, die dieser Schlüssel sehen darf</translation>
    </message>
    <message>
        <source>No spaces this key may see</source>
        <translation>Keine Spaces, die dieser Schlüssel sehen darf</translation>
    </message>
    <message>
        <source>No packages in this space</source>
        <translation>Keine Pakete in diesem Space</translation>
    </message>
    <message>
        <source>Nothing in this package</source>
        <translation>Nichts in diesem Paket</translation>
    </message>
    <message>
        <source>Nothing in this folder</source>
        <translation>Nichts in diesem Ordner</translation>
    </message>
    <message>
        <source>No data models in this pool</source>
        <translation>Keine Datenmodelle in diesem Pool</translation>
    </message>
    <message>
        <source>No analyses in this workspace</source>
        <translation>Keine Analysen in diesem Workspace</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Hier ist nichts</translation>
    </message>
    <message>
        <source>You may see that it exists, not open it: your key lacks %1 on it.</source>
        <translation>Sie dürfen sehen, dass es existiert, es aber nicht öffnen: Ihrem Schlüssel fehlt %1 darauf.</translation>
    </message>
    <message>
        <source>, closed to you</source>
        <translation>, für Sie verschlossen</translation>
    </message>
    <message>
        <source>Closed to you: your key lacks %1 on it</source>
        <translation>Für Sie verschlossen: Ihrem Schlüssel fehlt %1 darauf</translation>
    </message>
</context>
<context>
    <name>ems::AdvancedSettings</name>
    <message>
        <source>Check the connection (GET /api/cloud)</source>
        <translation>Die Verbindung prüfen (GET /api/cloud)</translation>
    </message>
    <message>
        <source>Load the key&apos;s permissions</source>
        <translation>Die Berechtigungen des Schlüssels laden</translation>
    </message>
    <message>
        <source>Allow plain HTTP (the key travels unencrypted)</source>
        <translation>Einfaches HTTP erlauben (der Schlüssel wird unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Zeitüberschreitung in Sekunden</translation>
    </message>
    <message>
        <source>Total retries</source>
        <translation>Wiederholungen insgesamt</translation>
    </message>
    <message>
        <source>Backoff factor</source>
        <translation>Backoff-Faktor</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file)</source>
        <translation>Zusätzliche CA-Zertifikate (PEM-Datei)</translation>
    </message>
    <message>
        <source>none: the system&apos;s certificates only</source>
        <translation>keine: nur die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitüberschreitung:</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>&amp;Backoff factor:</source>
        <translation>&amp;Backoff-Faktor:</translation>
    </message>
    <message>
        <source>CA bund&amp;le:</source>
        <translation>C&amp;A-Bündel:</translation>
    </message>
    <message>
        <source>&amp;Advanced: timeout, retries, checks, certificates</source>
        <translation>&amp;Erweitert: Zeitüberschreitung, Wiederholungen, Prüfungen, Zertifikate</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen zeigen</translation>
    </message>
</context>
<context>
    <name>ems::ApiJob</name>
    <message>
        <source>The answer is larger than %1; EMS Explorer stopped reading it.</source>
        <translation>Die Antwort ist größer als %1; EMS Explorer hat aufgehört, sie zu lesen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The team answered %1 without a valid Location.</source>
        <translation>Das Team hat mit %1 ohne gültige Location geantwortet.</translation>
    </message>
    <message>
        <source>The team redirected more than %1 times.</source>
        <translation>Das Team hat mehr als %1-mal umgeleitet.</translation>
    </message>
    <message>
        <source>The team redirected to another host (%1). EMS Explorer does not follow, so your key or token stays with the team.</source>
        <translation>Das Team hat auf einen anderen Host umgeleitet (%1). EMS Explorer folgt nicht, damit Ihr Schlüssel oder Token beim Team bleibt.</translation>
    </message>
</context>
<context>
    <name>ems::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Auf dem Server geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed on the server after you read it. Choose which version to keep.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde auf dem Server geändert, nachdem Sie es gelesen haben. Wählen Sie, welche Fassung bleiben soll.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you read it</source>
        <translation>Beim Lesen</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Other fields may have changed too.</source>
        <translation>Andere Felder können sich ebenfalls geändert haben.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Write your values over the server&apos;s</source>
        <translation>Ihre Werte über die des Servers schreiben</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Deren behalten</translation>
    </message>
    <message>
        <source>Drop your change and show the server&apos;s values</source>
        <translation>Ihre Änderung verwerfen und die Werte des Servers zeigen</translation>
    </message>
    <message>
        <source>Write nothing for now; your text stays available to retry</source>
        <translation>Vorerst nichts schreiben; Ihr Text bleibt für einen neuen Versuch erhalten</translation>
    </message>
</context>
<context>
    <name>ems::ConnectDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to a Team</source>
        <translation>Mit einem Team verbinden</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Paste the API key of this team.</source>
        <translation>Fügen Sie den API-Schlüssel dieses Teams ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its stored API key?</source>
        <translation>Das Profil „%1“ und seinen gespeicherten API-Schlüssel löschen?</translation>
    </message>
    <message>
        <source>Deleted “%1” and its key.</source>
        <translation>„%1“ und sein Schlüssel wurden gelöscht.</translation>
    </message>
    <message>
        <source>Ne&amp;w Profile</source>
        <translation>Neues &amp;Profil</translation>
    </message>
    <message>
        <source>Enter the client ID of the team&apos;s OAuth client for EMS Explorer.</source>
        <translation>Geben Sie die Client-ID des OAuth-Clients des Teams für EMS Explorer ein.</translation>
    </message>
    <message>
        <source>Signed in. “%1” keeps the sign-in in the keychain; press Connect.</source>
        <translation>Angemeldet. „%1“ bewahrt die Anmeldung im Schlüsselbund auf; drücken Sie „Verbinden“.</translation>
    </message>
    <message>
        <source>Paste the secret of the OAuth client.</source>
        <translation>Fügen Sie das Geheimnis des OAuth-Clients ein.</translation>
    </message>
    <message>
        <source>Sign in first: press Sign In with Browser.</source>
        <translation>Melden Sie sich zuerst an: Drücken Sie „Im Browser anmelden“.</translation>
    </message>
    <message>
        <source>Not signed in: press Sign In with Browser. (%1)</source>
        <translation>Nicht angemeldet: Drücken Sie „Im Browser anmelden“. (%1)</translation>
    </message>
    <message>
        <source>Not signed in yet: press Sign In with Browser.</source>
        <translation>Noch nicht angemeldet: Drücken Sie „Im Browser anmelden“.</translation>
    </message>
    <message>
        <source>the sign-in is kept in the system keychain</source>
        <translation>die Anmeldung wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>the sign-in is kept in a file only you can read</source>
        <translation>die Anmeldung wird in einer Datei aufbewahrt, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>the sign-in is kept in memory for this run</source>
        <translation>die Anmeldung wird nur für diese Sitzung im Speicher gehalten</translation>
    </message>
    <message>
        <source>Signed in; %1. Sign in again to use another account.</source>
        <translation>Angemeldet; %1. Melden Sie sich erneut an, um ein anderes Konto zu verwenden.</translation>
    </message>
    <message>
        <source>No saved profiles yet. Fill in the form on the right, then Save or Connect.</source>
        <translation>Noch keine gespeicherten Profile. Füllen Sie das Formular rechts aus und wählen Sie dann Speichern oder Verbinden.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ems::ConnectionForm</name>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Team URL</source>
        <translation>Team-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>OAuth client (client credentials)</source>
        <translation>OAuth-Client (Client Credentials)</translation>
    </message>
    <message>
        <source>My account, in the browser (OAuth)</source>
        <translation>Mein Konto, im Browser (OAuth)</translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>OAuth scopes</source>
        <translation>OAuth-Scopes</translation>
    </message>
    <message>
        <source>Automatic (Basic, then in the form)</source>
        <translation>Automatisch (Basic, dann im Formular)</translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation>HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>In the form (client_secret_post)</source>
        <translation>Im Formular (client_secret_post)</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Client-Authentifizierung</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Application key (AppKey)</source>
        <translation>Anwendungsschlüssel (AppKey)</translation>
    </message>
    <message>
        <source>User API key (Bearer)</source>
        <translation>Benutzer-API-Schlüssel (Bearer)</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Team &amp;URL:</source>
        <translation>Team-&amp;URL:</translation>
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>Key t&amp;ype:</source>
        <translation>Schlüsselt&amp;yp:</translation>
    </message>
    <message>
        <source>Cli&amp;ent ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <source>Client aut&amp;hentication:</source>
        <translation>Client-Aut&amp;hentifizierung:</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>aus der Umgebung</translation>
    </message>
    <message>
        <source>kept in the system keychain; type to replace</source>
        <translation>im Schlüsselbund des Systems gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>kept in a private file; type to replace</source>
        <translation>in einer privaten Datei gespeichert; zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>kept in memory for this run only</source>
        <translation>nur für diese Sitzung im Speicher gehalten</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Client-Geheimnis:</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Client-Geheimnis</translation>
    </message>
    <message>
        <source>empty: the four content-cli asks for</source>
        <translation>leer: die vier, die content-cli anfordert</translation>
    </message>
    <message>
        <source>Space-separated. Empty asks for %1, then for fewer of them until the team grants a set, as Celonis&apos;s content-cli does.</source>
        <translation>Durch Leerzeichen getrennt. Leer fordert %1 an, dann weniger davon, bis das Team eine Auswahl gewährt, wie Celonis’ content-cli.</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Scope presets</source>
        <translation>Scope-Vorlagen</translation>
    </message>
    <message>
        <source>Standard (empty): content-cli&apos;s four</source>
        <translation>Standard (leer): die vier von content-cli</translation>
    </message>
    <message>
        <source>Browse only: Celonis&apos;s read-only scopes</source>
        <translation>Nur ansehen: die Nur-Lese-Scopes von Celonis</translation>
    </message>
</context>
<context>
    <name>ems::CredentialStore</name>
    <message>
        <source>No API key is stored for this profile. Enter it again.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel gespeichert. Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Keep the key in memory for this run, or store it in a file only you can read.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Halten Sie den Schlüssel für diese Sitzung im Speicher oder speichern Sie ihn in einer Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Der Schlüsselbund des Systems ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This profile keeps its key in memory only. Enter it again.</source>
        <translation>Dieses Profil hält seinen Schlüssel nur im Speicher. Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read (%2). Enter the key again.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden (%2). Geben Sie den Schlüssel erneut ein.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ems::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Stage Edits (Don&apos;t Write)</source>
        <translation>Änderungen &amp;vormerken (nicht schreiben)</translation>
    </message>
    <message>
        <source>&amp;Apply Pending Edits</source>
        <translation>Ausstehende Änderungen &amp;anwenden</translation>
    </message>
    <message>
        <source>&amp;Discard Pending Edits</source>
        <translation>Ausstehende Änderungen v&amp;erwerfen</translation>
    </message>
    <message>
        <source>Discard pending edits</source>
        <translation>Ausstehende Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Drop %n staged edit(s) without writing them?</source>
        <translation>
            <numerusform>%n vorgemerkte Änderung verwerfen, ohne sie zu schreiben?</numerusform>
            <numerusform>%n vorgemerkte Änderungen verwerfen, ohne sie zu schreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied %1 of %2 pending edits.</source>
        <translation>%1 von %2 ausstehenden Änderungen angewendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n staged edit(s) from your last session for %1 are not written yet.</source>
        <translation>
            <numerusform>%n vorgemerkte Änderung aus Ihrer letzten Sitzung für %1 ist noch nicht geschrieben.</numerusform>
            <numerusform>%n vorgemerkte Änderungen aus Ihrer letzten Sitzung für %1 sind noch nicht geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Now</source>
        <translation>Jetzt anwenden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Pending Edit(s)</source>
        <translation>
            <numerusform>%n ausstehende Änderung &amp;anwenden</numerusform>
            <numerusform>%n ausstehende Änderungen &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep edits here until you apply them, instead of writing each right away</source>
        <translation>Änderungen hier behalten, bis Sie sie anwenden, statt jede sofort zu schreiben</translation>
    </message>
    <message>
        <source>Staged edits</source>
        <translation>Vorgemerkte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Undo %1 (Writes Now)</source>
        <translation>&amp;Rückgängig: %1 (schreibt sofort)</translation>
    </message>
    <message>
        <source>&amp;Redo %1 (Writes Now)</source>
        <translation>&amp;Wiederholen: %1 (schreibt sofort)</translation>
    </message>
    <message>
        <source>Stop staging edits</source>
        <translation>Änderungen nicht mehr vormerken</translation>
    </message>
    <message numerus="yes">
        <source>%n staged edit(s) are not written yet. Write them before edits are written right away again?</source>
        <translation>
            <numerusform>%n vorgemerkte Änderung ist noch nicht geschrieben. Soll sie geschrieben werden, bevor Änderungen wieder sofort geschrieben werden?</numerusform>
            <numerusform>%n vorgemerkte Änderungen sind noch nicht geschrieben. Sollen sie geschrieben werden, bevor Änderungen wieder sofort geschrieben werden?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply and Stop Staging</source>
        <translation>&amp;Anwenden und nicht mehr vormerken</translation>
    </message>
    <message>
        <source>&amp;Discard and Stop Staging</source>
        <translation>&amp;Verwerfen und nicht mehr vormerken</translation>
    </message>
    <message>
        <source>&amp;Keep Staging</source>
        <translation>&amp;Weiter vormerken</translation>
    </message>
    <message>
        <source>Staging: edits wait here until you apply them.</source>
        <translation>Vormerken: Änderungen warten hier, bis Sie sie anwenden.</translation>
    </message>
    <message>
        <source>Stop Staging</source>
        <translation>Nicht mehr vormerken</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) not written yet.</source>
        <translation>
            <numerusform>%n Änderung noch nicht geschrieben.</numerusform>
            <numerusform>%n Änderungen noch nicht geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>These edits are written when you apply them:</source>
        <translation>Diese Änderungen werden geschrieben, wenn Sie sie anwenden:</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>ems::EditDelegate</name>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neuer Wert für %1</translation>
    </message>
</context>
<context>
    <name>ems::EditFeedback</name>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not written: %1</source>
        <translation>
            <numerusform>%n Änderung wurde nicht geschrieben: %1</numerusform>
            <numerusform>%n Änderungen wurden nicht geschrieben: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry All</source>
        <translation>Alle wiederholen</translation>
    </message>
    <message>
        <source>Copy Your Text</source>
        <translation>Ihren Text kopieren</translation>
    </message>
    <message>
        <source>Copy Your Texts</source>
        <translation>Ihre Texte kopieren</translation>
    </message>
    <message>
        <source>Your text “%1” is kept, not written: the object had changed on the server.</source>
        <translation>Ihr Text „%1“ ist aufbewahrt, nicht geschrieben: Das Objekt wurde auf dem Server geändert.</translation>
    </message>
    <message>
        <source>Overwrite Now</source>
        <translation>Jetzt überschreiben</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>ems::EditManager</name>
    <message>
        <source>The name must be text.</source>
        <translation>Der Name muss Text sein.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The name can be at most 255 characters long (this one has %1).</source>
        <translation>Der Name darf höchstens 255 Zeichen lang sein (dieser hat %1).</translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation>Die Beschreibung muss Text sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be edited.</source>
        <translation>Das Feld „%1“ kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Not written: the object changed on the server and you cancelled.</source>
        <translation>Nicht geschrieben: Das Objekt wurde auf dem Server geändert, und Sie haben abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ems::FactSheet</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>ems::LogDock</name>
    <message>
        <source>Network Log</source>
        <translation>Netzwerkprotokoll</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>P&amp;lain</source>
        <translation>&amp;Einfach</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <source>Filter by URL, status or error</source>
        <translation>Nach URL, Status oder Fehler filtern</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>4xx client errors</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <source>5xx server errors</source>
        <translation>5xx Serverfehler</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stop adding requests to the log</source>
        <translation>Keine Anfragen mehr ins Protokoll aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>One line per request, as PyCelonis logs them</source>
        <translation>Eine Zeile pro Anfrage, wie PyCelonis sie protokolliert</translation>
    </message>
    <message>
        <source>Show all requests again</source>
        <translation>Wieder alle Anfragen zeigen</translation>
    </message>
    <message>
        <source>Show all requests</source>
        <translation>Alle Anfragen zeigen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Als &amp;curl kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;HAR…</source>
        <translation>Als &amp;HAR speichern…</translation>
    </message>
    <message>
        <source>Save as HAR</source>
        <translation>Als HAR speichern</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <source>Save as &amp;Text…</source>
        <translation>Als &amp;Text speichern…</translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation>Als Text speichern</translation>
    </message>
    <message>
        <source>Text (*.log *.txt)</source>
        <translation>Text (*.log *.txt)</translation>
    </message>
    <message>
        <source>&amp;Verbose Plain View (Headers)</source>
        <translation>&amp;Ausführliche einfache Ansicht (Header)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Requests as text</source>
        <translation>Anfragen als Text</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Details der Anfrage</translation>
    </message>
    <message>
        <source>Select a request to see its headers, bodies and timing.</source>
        <translation>Wählen Sie eine Anfrage, um ihre Header, Bodys und Zeiten zu sehen.</translation>
    </message>
    <message>
        <source>Show the whole body</source>
        <translation>Den ganzen Body zeigen</translation>
    </message>
    <message>
        <source>Only “%1” ✕</source>
        <translation>Nur „%1“ ✕</translation>
    </message>
    <message>
        <source>Show all requests, not only those for %1</source>
        <translation>Alle Anfragen zeigen, nicht nur die für %1</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Fehlgeschlagene Versuche</translation>
    </message>
    <message>
        <source>No requests shown</source>
        <translation>Keine Anfragen angezeigt</translation>
    </message>
    <message>
        <source>No requests yet. Every request EMS Explorer sends shows up here, with its retries, timing and payloads.</source>
        <translation>Noch keine Anfragen. Jede Anfrage, die EMS Explorer sendet, erscheint hier, mit Wiederholungen, Zeiten und Inhalten.</translation>
    </message>
    <message>
        <source>No request matches these filters. &lt;a href=&quot;all&quot;&gt;Show all requests&lt;/a&gt;</source>
        <translation>Keine Anfrage passt zu diesen Filtern. &lt;a href=&quot;all&quot;&gt;Alle Anfragen zeigen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ems::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to a Team…</source>
        <translation>Mit einem Team &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Disconnect Team</source>
        <translation>Team &amp;trennen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the selected item and its content</source>
        <translation>Das ausgewählte Element und seinen Inhalt neu laden</translation>
    </message>
    <message>
        <source>Refresh &amp;Team</source>
        <translation>&amp;Team aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Search the Whole Team</source>
        <translation>Das ganze Team &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Network Log</source>
        <translation>&amp;Netzwerkprotokoll</translation>
    </message>
    <message>
        <source>Show Re&amp;quests for This Item</source>
        <translation>An&amp;fragen für dieses Element zeigen</translation>
    </message>
    <message>
        <source>&amp;Permissions of This Key…</source>
        <translation>&amp;Berechtigungen dieses Schlüssels…</translation>
    </message>
    <message>
        <source>&amp;What Can I Do Here?</source>
        <translation>&amp;Was darf ich hier?</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Stage Edits</source>
        <translation>Vormerken</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Network Log</source>
        <translation>Netzwerkprotokoll</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Recent N&amp;otifications</source>
        <translation>Letzte &amp;Meldungen</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About EMS Explorer</source>
        <translation>&amp;Über EMS Explorer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation>Werkzeu&amp;gleiste</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>Weitere Aktionen der Werkzeugleiste</translation>
    </message>
    <message>
        <source>Rename the selected object (F2)</source>
        <translation>Das ausgewählte Objekt umbenennen (F2)</translation>
    </message>
    <message>
        <source>Nothing to copy: select an object and wait for its latest state.</source>
        <translation>Nichts zu kopieren: Wählen Sie ein Objekt und warten Sie auf seinen aktuellen Stand.</translation>
    </message>
    <message>
        <source>Copied the object as JSON.</source>
        <translation>Objekt als JSON kopiert.</translation>
    </message>
    <message>
        <source>That request is no longer in the log.</source>
        <translation>Diese Anfrage ist nicht mehr im Protokoll.</translation>
    </message>
    <message>
        <source>About EMS Explorer</source>
        <translation>Über EMS Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;EMS Explorer %1&lt;/h3&gt;&lt;p&gt;A desktop browser for Celonis EMS teams.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;EMS Explorer is free software under the MIT license. It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt (Core, Network, Widgets, Svg): LGPL 3&lt;/li&gt;&lt;li&gt;QtKeychain: BSD 3-Clause&lt;/li&gt;&lt;li&gt;cpp-httplib (the sandbox): MIT&lt;/li&gt;&lt;li&gt;OpenSSL: Apache 2.0&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Celonis and EMS are trademarks of Celonis SE; EMS Explorer is not made by Celonis.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;EMS Explorer %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Browser für Celonis-EMS-Teams.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;EMS Explorer ist freie Software unter der MIT-Lizenz. Er verwendet:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt (Core, Network, Widgets, Svg): LGPL 3&lt;/li&gt;&lt;li&gt;QtKeychain: BSD 3-Clause&lt;/li&gt;&lt;li&gt;cpp-httplib (die Sandbox): MIT&lt;/li&gt;&lt;li&gt;OpenSSL: Apache 2.0&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Celonis und EMS sind Marken der Celonis SE; EMS Explorer stammt nicht von Celonis.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ems::MainWindow</name>
    <message>
        <source>EMS Explorer</source>
        <translation>EMS Explorer</translation>
    </message>
    <message>
        <source>No team connected</source>
        <translation>Kein Team verbunden</translation>
    </message>
    <message>
        <source>Start EMS Explorer with --demo to try the built-in sandbox team, or set CELONIS_URL and CELONIS_API_TOKEN (as for PyCelonis) and start it again.</source>
        <translation>Starten Sie EMS Explorer mit --demo, um das eingebaute Sandbox-Team auszuprobieren, oder setzen Sie CELONIS_URL und CELONIS_API_TOKEN (wie für PyCelonis) und starten Sie ihn erneut.</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select an item in the tree to see its latest state.</source>
        <translation>Wählen Sie ein Element im Baum, um seinen aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Konnte nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) loaded.</source>
        <translation>
            <numerusform>%n Element geladen.</numerusform>
            <numerusform>%n Elemente geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh (F5) looks again, for example after someone added something or shared it with you.</source>
        <translation>Aktualisieren (F5) sieht erneut nach, zum Beispiel nachdem jemand etwas hinzugefügt oder mit Ihnen geteilt hat.</translation>
    </message>
    <message>
        <source>%1
Ctrl+Shift+L shows the failed request in the network log.</source>
        <translation>%1
Strg+Umschalt+L zeigt die fehlgeschlagene Anfrage im Netzwerkprotokoll.</translation>
    </message>
    <message>
        <source>%1 – EMS Explorer</source>
        <translation>%1 – EMS Explorer</translation>
    </message>
</context>
<context>
    <name>ems::NotificationBar</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Die Benachrichtigung schließen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Details zeigen</translation>
    </message>
    <message>
        <source>Show Request</source>
        <translation>Anfrage zeigen</translation>
    </message>
    <message>
        <source>Select the request in the network log (Ctrl+L)</source>
        <translation>Die Anfrage im Netzwerkprotokoll auswählen (Strg+L)</translation>
    </message>
    <message>
        <source>Show the request in the network log</source>
        <translation>Die Anfrage im Netzwerkprotokoll zeigen</translation>
    </message>
</context>
<context>
    <name>ems::OAuthSignIn</name>
    <message>
        <source>Could not read the team&apos;s sign-in settings: %1</source>
        <translation>Die Anmeldeeinstellungen des Teams konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This team does not offer sign-in with a code.</source>
        <translation>Dieses Team bietet keine Anmeldung mit einem Code an.</translation>
    </message>
    <message>
        <source>Could not listen on a loopback port for the browser&apos;s answer.</source>
        <translation>Für die Antwort des Browsers konnte kein lokaler Port geöffnet werden.</translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and return to EMS Explorer.</source>
        <translation>Angemeldet. Sie können diesen Tab schließen und zu EMS Explorer zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <source>The team refused the sign-in (%1).</source>
        <translation>Das Team hat die Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The team did not give a sign-in code: %1</source>
        <translation>Das Team hat keinen Anmeldecode geliefert: %1</translation>
    </message>
    <message>
        <source>the answer lacks fields.</source>
        <translation>der Antwort fehlen Felder.</translation>
    </message>
    <message>
        <source>The sign-in was denied.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The code expired. Start again.</source>
        <translation>Der Code ist abgelaufen. Beginnen Sie erneut.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The team signed you in but gave no refresh token, so EMS Explorer could not stay signed in. Ask for the offline_access scope.</source>
        <translation>Das Team hat Sie angemeldet, aber kein Refresh-Token geliefert, daher kann EMS Explorer nicht angemeldet bleiben. Fordern Sie den Scope offline_access an.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was allowed. Start again.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung erlaubt wurde. Beginnen Sie neu.</translation>
    </message>
</context>
<context>
    <name>ems::OAuthTokens</name>
    <message>
        <source>The discovery document has no %1.</source>
        <translation>Das Discovery-Dokument enthält kein %1.</translation>
    </message>
    <message>
        <source>The discovery document names %1 on another host (%2). EMS Explorer signs in with the team itself only.</source>
        <translation>Das Discovery-Dokument nennt %1 auf einem anderen Host (%2). EMS Explorer meldet sich nur beim Team selbst an.</translation>
    </message>
    <message>
        <source>Check the client ID and secret of this connection; the team does not know this client or refused its secret.</source>
        <translation>Prüfen Sie Client-ID und Geheimnis dieser Verbindung; das Team kennt diesen Client nicht oder hat sein Geheimnis abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in expired or was revoked. Sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The token answer has no access_token or a wrong expires_in.</source>
        <translation>Die Token-Antwort enthält kein access_token oder ein falsches expires_in.</translation>
    </message>
    <message>
        <source>The team refused every combination of %1. Allow the OAuth client at least one of them in Celonis, or name its scopes in the connection&apos;s settings.</source>
        <translation>Das Team hat jede Kombination von %1 abgelehnt. Erlauben Sie dem OAuth-Client in Celonis mindestens einen davon, oder nennen Sie seine Scopes in den Einstellungen der Verbindung.</translation>
    </message>
    <message>
        <source>Ask for scopes the OAuth client is allowed in the connection&apos;s settings, or leave Scopes empty to let EMS Explorer find them.</source>
        <translation>Fordern Sie in den Einstellungen der Verbindung Scopes an, die der OAuth-Client haben darf, oder lassen Sie Scopes leer, damit EMS Explorer sie findet.</translation>
    </message>
</context>
<context>
    <name>ems::PermissionsDialog</name>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Connected key</source>
        <translation>Verbundener Schlüssel</translation>
    </message>
    <message>
        <source>Filter services and permissions</source>
        <translation>Services und Berechtigungen filtern</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Berechtigungen filtern</translation>
    </message>
    <message>
        <source>Permissions per service</source>
        <translation>Berechtigungen pro Service</translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;Show this after connecting</source>
        <translation>Nach dem Verbinden &amp;zeigen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>What can I do here</source>
        <translation>Was darf ich hier</translation>
    </message>
    <message>
        <source>This &amp;Key</source>
        <translation>Dieser &amp;Schlüssel</translation>
    </message>
    <message>
        <source>What Can I Do &amp;Here?</source>
        <translation>Was darf ich &amp;hier?</translation>
    </message>
    <message>
        <source>No team connected.</source>
        <translation>Kein Team verbunden.</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>%1 · %2. Loading permissions is switched off for this connection.</source>
        <translation>%1 · %2. Das Laden der Berechtigungen ist für diese Verbindung ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 · %2. The permissions have not arrived yet.</source>
        <translation>%1 · %2. Die Berechtigungen sind noch nicht angekommen.</translation>
    </message>
    <message>
        <source>%1 · %2. Team-wide permissions of this key, per service:</source>
        <translation>%1 · %2. Teamweite Berechtigungen dieses Schlüssels, pro Service:</translation>
    </message>
    <message>
        <source>Select an object in the tree to see what your key may do with it.</source>
        <translation>Wählen Sie ein Objekt im Baum, um zu sehen, was Ihr Schlüssel damit darf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Its permissions</source>
        <translation>Seine Berechtigungen</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>(nicht aufgeführt)</translation>
    </message>
    <message>
        <source>The object does not say.</source>
        <translation>Das Objekt sagt es nicht.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The key may not act on it.</source>
        <translation>Der Schlüssel darf damit nichts tun.</translation>
    </message>
    <message>
        <source>OAuth scopes granted: %1. An API answers only when the client has both its scope and the permission.</source>
        <translation>Gewährte OAuth-Scopes: %1. Eine API antwortet nur, wenn der Client ihren Scope und die Berechtigung hat.</translation>
    </message>
    <message>
        <source>What this key may do</source>
        <translation>Was dieser Schlüssel darf</translation>
    </message>
    <message>
        <source>%1 · %2. This key has no team-wide permissions: it reaches only what is shared with it. What Can I Do Here? tells for each object.</source>
        <translation>%1 · %2. Dieser Schlüssel hat keine teamweiten Berechtigungen: Er erreicht nur, was mit ihm geteilt ist. „Was darf ich hier?“ sagt es für jedes Objekt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>OAuth scopes granted: not stated by the team&apos;s token answer.</source>
        <translation>Gewährte OAuth-Scopes: in der Token-Antwort des Teams nicht angegeben.</translation>
    </message>
    <message>
        <source>%1 But the OAuth client was probably not granted the scope %2, which writing it needs.</source>
        <translation>%1 Aber dem OAuth-Client wurde wahrscheinlich der Scope %2 nicht gewährt, den das Schreiben braucht.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>? %1</source>
        <translation>? %1</translation>
    </message>
</context>
<context>
    <name>ems::PermissionsModel</name>
    <message>
        <source>No permissions in this service</source>
        <translation>Keine Berechtigungen in diesem Service</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Service / permission</source>
        <translation>Service / Berechtigung</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was sie erlaubt</translation>
    </message>
</context>
<context>
    <name>ems::ProfileConnector</name>
    <message>
        <source>The sign-in to %1 could not be stored: %2</source>
        <translation>Die Anmeldung bei %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Not signed in to %1: File &gt; Connect to a Team, then Sign In with Browser.</source>
        <translation>Nicht bei %1 angemeldet: Datei &gt; Mit einem Team verbinden, dann „Im Browser anmelden“.</translation>
    </message>
    <message>
        <source>Not connected to %1: no API key.</source>
        <translation>Nicht mit %1 verbunden: kein API-Schlüssel.</translation>
    </message>
    <message>
        <source>Not saved: the key has nowhere to go.</source>
        <translation>Nicht gespeichert: Für den Schlüssel gibt es keinen Speicherort.</translation>
    </message>
</context>
<context>
    <name>ems::PropertyModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Editable: double-click or press F2 to change it.</source>
        <translation>Bearbeitbar: Doppelklicken oder F2 drücken, um es zu ändern.</translation>
    </message>
    <message>
        <source>%1 (epoch milliseconds %2)</source>
        <translation>%1 (Epoch-Millisekunden %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (as sent: %2)</source>
        <translation>%1 (wie gesendet: %2)</translation>
    </message>
</context>
<context>
    <name>ems::PropertyPane</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Your permissions on this object</source>
        <translation>Ihre Berechtigungen für dieses Objekt</translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation>Bearbeitungsstatus</translation>
    </message>
    <message>
        <source>Reading the latest state</source>
        <translation>Aktueller Stand wird gelesen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Retry reading this object</source>
        <translation>Dieses Objekt erneut lesen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Every field of the selected object. Ctrl+C copies the value of the current field.</source>
        <translation>Alle Felder des ausgewählten Objekts. Strg+C kopiert den Wert des aktuellen Felds.</translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select an item in the tree to see its latest state.</source>
        <translation>Wählen Sie ein Element im Baum, um seinen aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>The object does not list permissions.</source>
        <translation>Das Objekt nennt keine Berechtigungen.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Couldn&apos;t read its latest state: %1</source>
        <translation>Der aktuelle Stand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 · Read-only</source>
        <translation>%1 · Schreibgeschützt</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>you (%1)</source>
        <translation>Ihnen (%1)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Closed to you: %1 %2</source>
        <translation>Für Sie verschlossen: %1 %2</translation>
    </message>
</context>
<context>
    <name>ems::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 · retried</source>
        <translation>%1 · wiederholt</translation>
    </message>
    <message>
        <source>%1 · failed</source>
        <translation>%1 · fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Retried after %1 ms.</source>
        <translation>Nach %1 ms wiederholt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>%1 · expected</source>
        <translation>%1 · erwartet</translation>
    </message>
</context>
<context>
    <name>ems::ResourceFilterModel</name>
    <message>
        <source>%1 loaded items</source>
        <translation>%1 geladene Elemente</translation>
    </message>
    <message>
        <source>%1 matches in %2 loaded items</source>
        <translation>%1 Treffer in %2 geladenen Elementen</translation>
    </message>
</context>
<context>
    <name>ems::ResourceQuery</name>
    <message>
        <source>Expected a list of %1 entries, got an object.</source>
        <translation>Eine Liste von Einträgen der Art %1 erwartet, erhalten: ein Objekt.</translation>
    </message>
    <message>
        <source>Expected a list of %1 entries, got something else.</source>
        <translation>Eine Liste von Einträgen der Art %1 erwartet, erhalten: etwas anderes.</translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
</context>
<context>
    <name>ems::ResourceTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>ems::Session</name>
    <message>
        <source>No PEM certificate could be read from the CA bundle %1.</source>
        <translation>Aus dem CA-Bündel %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>connected, connect check off</source>
        <translation>verbunden, Verbindungsprüfung aus</translation>
    </message>
    <message>
        <source>Not sent: the connect check failed.</source>
        <translation>Nicht gesendet: Die Verbindungsprüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not sent: no access token (%1 %2 failed: %3)</source>
        <translation>Nicht gesendet: kein Zugriffstoken (%1 %2 fehlgeschlagen: %3)</translation>
    </message>
    <message>
        <source>Edit the connection: use https://, or allow plain HTTP in its advanced settings if this team really has no TLS.</source>
        <translation>Bearbeiten Sie die Verbindung: Verwenden Sie https://, oder erlauben Sie unverschlüsseltes HTTP in den erweiterten Einstellungen, wenn dieses Team wirklich kein TLS hat.</translation>
    </message>
</context>
<context>
    <name>ems::SignInButtons</name>
    <message>
        <source>Sign In with Br&amp;owser</source>
        <translation>Im B&amp;rowser anmelden</translation>
    </message>
    <message>
        <source>Sign In &amp;from Another Device</source>
        <translation>Von einem an&amp;deren Gerät anmelden</translation>
    </message>
    <message>
        <source>Opens the team&apos;s sign-in page in your browser</source>
        <translation>Öffnet die Anmeldeseite des Teams in Ihrem Browser</translation>
    </message>
    <message>
        <source>Shows a code to enter on a phone or another computer, for when no browser opens here</source>
        <translation>Zeigt einen Code, den Sie auf einem Telefon oder einem anderen Computer eingeben, falls sich hier kein Browser öffnet</translation>
    </message>
    <message>
        <source>Continue in your browser. If none opened, sign in from another device instead.</source>
        <translation>Fahren Sie im Browser fort. Wenn sich keiner geöffnet hat, melden Sie sich stattdessen von einem anderen Gerät an.</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter the code %2. EMS Explorer waits for you.</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät %1 und geben Sie den Code %2 ein. EMS Explorer wartet auf Sie.</translation>
    </message>
    <message>
        <source>Reading the team&apos;s sign-in settings…</source>
        <translation>Die Anmeldeeinstellungen des Teams werden gelesen…</translation>
    </message>
</context>
<context>
    <name>ems::StatusLine</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <source>Pending edits</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n laufende Anfrage</numerusform>
            <numerusform>%n laufende Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No team connected. Start with --demo to try the sandbox team.</source>
        <translation>Kein Team verbunden. Starten Sie mit --demo, um das Sandbox-Team auszuprobieren.</translation>
    </message>
    <message>
        <source>%1: connecting to %2…</source>
        <translation>%1: verbinde mit %2…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s)</source>
        <translation>
            <numerusform>%n ausstehende Änderung</numerusform>
            <numerusform>%n ausstehende Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ems::TeamNotices</name>
    <message>
        <source>The sign-in to %1 expired or was revoked.</source>
        <translation>Die Anmeldung bei %1 ist abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation>Erneut anmelden…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Try as %1</source>
        <translation>Als %1 versuchen</translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation>Verbindung bearbeiten…</translation>
    </message>
    <message>
        <source>Couldn&apos;t connect to %1: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>This key has no team-wide permissions in %1: it reaches only what is shared with it.</source>
        <translation>Dieser Schlüssel hat keine teamweiten Berechtigungen in %1: Er erreicht nur, was mit ihm geteilt ist.</translation>
    </message>
    <message>
        <source>This key can view but not change anything in %1.</source>
        <translation>Dieser Schlüssel kann in %1 alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Show Permissions</source>
        <translation>Berechtigungen zeigen</translation>
    </message>
</context>
<context>
    <name>ems::TeamOverview</name>
    <message>
        <source>Team URL</source>
        <translation>Team-URL</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>can view and change things</source>
        <translation>kann ansehen und ändern</translation>
    </message>
    <message>
        <source>only what is shared with it</source>
        <translation>nur, was mit ihm geteilt ist</translation>
    </message>
    <message>
        <source>can view, not change</source>
        <translation>kann ansehen, nicht ändern</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source> · details: View &gt; Permissions (Ctrl+I)</source>
        <translation> · Einzelheiten: Ansicht &gt; Berechtigungen (Strg+I)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
</context>
<context>
    <name>ems::TreeLoader</name>
    <message numerus="yes">
        <source>%n object(s) could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n Objekt konnte nicht gelesen werden und wird nicht gezeigt: %1</numerusform>
            <numerusform>%n Objekte konnten nicht gelesen werden und werden nicht gezeigt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Couldn&apos;t load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>ems::TreeNavigator</name>
    <message>
        <source>The object %1 exists, but its place in the tree could not be loaded.</source>
        <translation>Das Objekt %1 existiert, aber sein Platz im Baum konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Choose a team to search in.</source>
        <translation>Wählen Sie ein Team, in dem gesucht werden soll.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation>Es gibt kein „%1“ in „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be loaded.</source>
        <translation>„%1“ konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Nothing with the id %1 in this team: no space, content node, data pool, data model, workspace or analysis has it.</source>
        <translation>Nichts mit der ID %1 in diesem Team: Kein Space, Inhaltsknoten, Datenpool, Datenmodell, Workspace und keine Analyse hat sie.</translation>
    </message>
</context>
<context>
    <name>ems::TreePanel</name>
    <message>
        <source>Filter loaded items by name, or paste an ID</source>
        <translation>Nach Namen filtern oder ID einfügen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Filters the loaded items by name as you type. An ID jumps to that object.</source>
        <translation>Filtert die geladenen Elemente beim Tippen nach Namen. Eine ID springt zu diesem Objekt.</translation>
    </message>
    <message>
        <source>Team resources</source>
        <translation>Ressourcen des Teams</translation>
    </message>
    <message>
        <source>Teams, spaces, packages and their content, data pools and workspaces. Expanding an item loads its content.</source>
        <translation>Teams, Spaces, Pakete und ihr Inhalt, Datenpools und Workspaces. Beim Aufklappen wird der Inhalt eines Elements geladen.</translation>
    </message>
    <message>
        <source>Find summary</source>
        <translation>Zusammenfassung der Suche</translation>
    </message>
    <message>
        <source>Loading the whole team</source>
        <translation>Das ganze Team wird geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading the whole team</source>
        <translation>Laden des ganzen Teams abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Search whole team</source>
        <translation>Ganzes Team durchsuchen</translation>
    </message>
    <message>
        <source>Load everything not loaded yet, then filter (Ctrl+Shift+F)</source>
        <translation>Alles noch nicht Geladene laden, dann filtern (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Search the whole team</source>
        <translation>Das ganze Team durchsuchen</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Suche %1…</translation>
    </message>
    <message>
        <source>Stopped loading the team.</source>
        <translation>Laden des Teams angehalten.</translation>
    </message>
    <message>
        <source>The whole team is loaded.</source>
        <translation>Das ganze Team ist geladen.</translation>
    </message>
    <message>
        <source>Select an object to rename it.</source>
        <translation>Wählen Sie ein Objekt, um es umzubenennen.</translation>
    </message>
    <message>
        <source>Copied the ID %1.</source>
        <translation>ID %1 kopiert.</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Nothing loaded matches “%1”.&lt;br&gt;&lt;a href=&quot;search&quot;&gt;Search the whole team&lt;/a&gt; (Ctrl+Shift+F)</source>
        <translation>Nichts Geladenes passt zu „%1“.&lt;br&gt;&lt;a href=&quot;search&quot;&gt;Das ganze Team durchsuchen&lt;/a&gt; (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Its last change is being written; wait for the answer.</source>
        <translation>Seine letzte Änderung wird gerade geschrieben; warten Sie auf die Antwort.</translation>
    </message>
</context>
<context>
    <name>ems::UpdateJob</name>
    <message>
        <source>Not written: the team was disconnected.</source>
        <translation>Nicht geschrieben: Die Verbindung zum Team wurde getrennt.</translation>
    </message>
    <message>
        <source>The node came without its key or its package&apos;s key, so it cannot be written.</source>
        <translation>Der Knoten kam ohne seinen Schlüssel oder den seines Pakets und kann daher nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The team refused the change in a dry run (validate), so nothing was written.</source>
        <translation>Das Team hat die Änderung in einem Probelauf (validate) abgelehnt; es wurde nichts geschrieben.</translation>
    </message>
</context>
</TS>
