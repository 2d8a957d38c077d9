<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>Not authorized (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1… (%2 more characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team refused a new access token too. Check that the OAuth client still exists and may use this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was refused as %1. Check the key; if it is %2, change the key type of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an application key (AppKey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user key (Bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an application key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the team uses a private certificate authority, add its certificate as the CA bundle of this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase the timeout of this connection if the team is slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team limits how fast requests may come; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the team URL and your network or proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key lacks a permission for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s permissions in %1 (%2) do not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has no team-wide permissions in the service %1: it reaches only what is shared with it. Ask the object&apos;s owner in Celonis to share it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team says the OAuth client lacks the scope %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably the OAuth client&apos;s scopes: it was not granted %1 (the team did not say why it refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter the team URL, for example https://acme.eu-1.celonis.cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid team URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team URL must start with https:// (got %1://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted. Use https://, or allow plain HTTP explicitly in the connection&apos;s advanced settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team URL is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 and 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries must be between 0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backoff factor must be between 0 and 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent requests must be between 1 and 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in yet: press Sign In.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest answer must be at least 1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the description of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged, not written yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since you read it: %1 waits for your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>The field &quot;%1&quot; of the current user is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /api/cloud did not answer with a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial connect successful! You are using an Application Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial connect successful!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial connect successful! Hello %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application Key in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1 (signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1 (user key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Start the built-in sandbox team and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this team URL (the key comes from CELONIS_API_TOKEN or a prompt, never from the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP_KEY, USER_KEY or AUTO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip GET /api/cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not load the key&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before a request fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries on 429, 5xx, resets and timeouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait factor * 2^(n-1) s before retry n.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &quot;shown&quot; and quit once the window is on screen (for the start-up benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the item to select, as a path of names from the team (&quot;Studio/Procurement/Procurement App&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-type must be APP_KEY, USER_KEY or AUTO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout, --retries and --backoff-factor take numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop browser for Celonis EMS teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox team (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Create it with File &gt; Connect to a Team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionGlossary</name>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this space and see what is in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change who may do what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite, change and remove team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and change application keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the content, for example to another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change every space and the packages in it, including their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open every space and the packages in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete any space or package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and read all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and read this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change all %1, including their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this %1, including its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete any of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permission EMS Explorer does not know; see the EMS documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View its latest state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs %1, which the key does not have on this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by %1 on this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by %1 (team-wide); the object lists no permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the object lists no permissions and the key has no team-wide %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key read it just now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key read it just now, though %1 is not listed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it (in Celonis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create something inside it (in Celonis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish it (in Celonis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share it: change who may do what (in Celonis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by MANAGE_PERMISSIONS (team-wide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was refused just now (403), though the lists say it may: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was refused just now (403): reading it needs %1, which the key lacks here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted by the action %1 on this object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the action %1, which the object does not list for the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the object lists no permissions, and no source says which team-wide permission grants %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogExport</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… %1 more bytes: choose Show All to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1, took %2 ms, attempt %3 of %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry-After: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited %1 ms before the next attempt.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Request headers:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Request body:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Response headers:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Response body (%1 bytes):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
(The log keeps the first %1 bytes of a body.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: to find out the key&apos;s type, EMS Explorer first offers it as an application key (AppKey); a refusal means it is a user key, which the next request sends as Bearer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resource</name>
    <message>
        <source>The field &quot;%1&quot; of a %2 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a %2 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a %2 is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a %2 holds something that is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 has an empty id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces cannot be changed through the EMS API: no Celonis client (PyCelonis, content-cli) writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; of a %2 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceLabels</name>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: your key lacks the permission %1 on this object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Client secret for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in Memory for This Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in a File Only I Can Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file keeps the key in plain text on this computer, readable by your user account only. Anyone who can act as you can read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePermission</name>
    <message>
        <source>The permissions answer is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permissions entry lacks a serviceName or has a permissions field that is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permission of %1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeBuilder</name>
    <message>
        <source>Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process Analytics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeRowText</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Press Enter or choose Retry to load again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown here because its parent is not in the listing, or its parents form a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error. Press Enter to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Press Enter to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data pools this key may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspaces this key may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spaces this key may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No packages in this space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data models in this pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analyses in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may see that it exists, not open it: your key lacks %1 on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, closed to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed to you: your key lacks %1 on it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::AdvancedSettings</name>
    <message>
        <source>Check the connection (GET /api/cloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the key&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain HTTP (the key travels unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backoff factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the system&apos;s certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backoff factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bund&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced: timeout, retries, checks, certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::ApiJob</name>
    <message>
        <source>The answer is larger than %1; EMS Explorer stopped reading it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team answered %1 without a valid Location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team redirected more than %1 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team redirected to another host (%1). EMS Explorer does not follow, so your key or token stays with the team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed on the server after you read it. Choose which version to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields may have changed too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your values over the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your change and show the server&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write nothing for now; your text stays available to retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::ConnectDialog</name>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key of this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its stored API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID of the team&apos;s OAuth client for EMS Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. “%1” keeps the sign-in in the keychain; press Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the secret of the OAuth client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: press Sign In with Browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: press Sign In with Browser. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in yet: press Sign In with Browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in is kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in is kept in a file only you can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in is kept in memory for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; %1. Sign in again to use another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles yet. Fill in the form on the right, then Save or Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::ConnectionForm</name>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client (client credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account, in the browser (OAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Basic, then in the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic (client_secret_basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the form (client_secret_post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application key (AppKey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User API key (Bearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cli&amp;ent ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client aut&amp;hentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in a private file; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in memory for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the four content-cli asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated. Empty asks for %1, then for fewer of them until the team grants a set, as Celonis&apos;s content-cli does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (empty): content-cli&apos;s four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse only: Celonis&apos;s read-only scopes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::CredentialStore</name>
    <message>
        <source>No API key is stored for this profile. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Keep the key in memory for this run, or store it in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile keeps its key in memory only. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read (%2). Enter the key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage Edits (Don&apos;t Write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply Pending Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Pending Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard pending edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drop %n staged edit(s) without writing them?</source>
        <translation>
            <numerusform>Drop %n staged edit without writing it?</numerusform>
            <numerusform>Drop %n staged edits without writing them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied %1 of %2 pending edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n staged edit(s) from your last session for %1 are not written yet.</source>
        <translation>
            <numerusform>%n staged edit from your last session for %1 is not written yet.</numerusform>
            <numerusform>%n staged edits from your last session for %1 are not written yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Apply %n Pending Edit(s)</source>
        <translation>
            <numerusform>&amp;Apply %n Pending Edit</numerusform>
            <numerusform>&amp;Apply %n Pending Edits</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep edits here until you apply them, instead of writing each right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staged edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1 (Writes Now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1 (Writes Now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop staging edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n staged edit(s) are not written yet. Write them before edits are written right away again?</source>
        <translation>
            <numerusform>%n staged edit is not written yet. Write it before edits are written right away again?</numerusform>
            <numerusform>%n staged edits are not written yet. Write them before edits are written right away again?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply and Stop Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard and Stop Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging: edits wait here until you apply them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) not written yet.</source>
        <translation>
            <numerusform>%n edit not written yet.</numerusform>
            <numerusform>%n edits not written yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>These edits are written when you apply them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::EditDelegate</name>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::EditFeedback</name>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were not written: %1</source>
        <translation>
            <numerusform>%n change was not written: %1</numerusform>
            <numerusform>%n changes were not written: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Your Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Your Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text “%1” is kept, not written: the object had changed on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::EditManager</name>
    <message>
        <source>The name must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name can be at most 255 characters long (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: the object changed on the server and you cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::FactSheet</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::LogDock</name>
    <message>
        <source>Network Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by URL, status or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx client errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop adding requests to the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per request, as PyCelonis logs them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all requests again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.log *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verbose Plain View (Headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its headers, bodies and timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only “%1” ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all requests, not only those for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet. Every request EMS Explorer sends shows up here, with its retries, timing and payloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request matches these filters. &lt;a href=&quot;all&quot;&gt;Show all requests&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to a Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the selected item and its content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the Whole Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Re&amp;quests for This Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions of This Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What Can I Do Here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent N&amp;otifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About EMS Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool&amp;bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected object (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy: select an object and wait for its latest state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the object as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That request is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About EMS Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;EMS Explorer %1&lt;/h3&gt;&lt;p&gt;A desktop browser for Celonis EMS teams.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;EMS Explorer is free software under the MIT license. It uses:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt (Core, Network, Widgets, Svg): LGPL 3&lt;/li&gt;&lt;li&gt;QtKeychain: BSD 3-Clause&lt;/li&gt;&lt;li&gt;cpp-httplib (the sandbox): MIT&lt;/li&gt;&lt;li&gt;OpenSSL: Apache 2.0&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Celonis and EMS are trademarks of Celonis SE; EMS Explorer is not made by Celonis.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::MainWindow</name>
    <message numerus="yes">
        <source>%n item(s) loaded.</source>
        <translation>
            <numerusform>%n item loaded.</numerusform>
            <numerusform>%n items loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>EMS Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start EMS Explorer with --demo to try the built-in sandbox team, or set CELONIS_URL and CELONIS_API_TOKEN (as for PyCelonis) and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the tree to see its latest state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5) looks again, for example after someone added something or shared it with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Ctrl+Shift+L shows the failed request in the network log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – EMS Explorer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::NotificationBar</name>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the request in the network log (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the request in the network log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::OAuthSignIn</name>
    <message>
        <source>Could not read the team&apos;s sign-in settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team does not offer sign-in with a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on a loopback port for the browser&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and return to EMS Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was denied in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team refused the sign-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team did not give a sign-in code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer lacks fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team signed you in but gave no refresh token, so EMS Explorer could not stay signed in. Ask for the offline_access scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expired before the sign-in was allowed. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::OAuthTokens</name>
    <message>
        <source>The discovery document has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document names %1 on another host (%2). EMS Explorer signs in with the team itself only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client ID and secret of this connection; the team does not know this client or refused its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in expired or was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer has no access_token or a wrong expires_in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team refused every combination of %1. Allow the OAuth client at least one of them in Celonis, or name its scopes in the connection&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for scopes the OAuth client is allowed in the connection&apos;s settings, or leave Scopes empty to let EMS Explorer find them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::PermissionsDialog</name>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show this after connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can I do here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Can I Do &amp;Here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2. Loading permissions is switched off for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2. The permissions have not arrived yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2. Team-wide permissions of this key, per service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object in the tree to see what your key may do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object does not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may not act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scopes granted: %1. An API answers only when the client has both its scope and the permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this key may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2. This key has no team-wide permissions: it reaches only what is shared with it. What Can I Do Here? tells for each object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scopes granted: not stated by the team&apos;s token answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 But the OAuth client was probably not granted the scope %2, which writing it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::PermissionsModel</name>
    <message>
        <source>No permissions in this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Service / permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::ProfileConnector</name>
    <message>
        <source>The sign-in to %1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to %1: File &gt; Connect to a Team, then Sign In with Browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: no API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the key has nowhere to go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::PropertyModel</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message>
        <source>Editable: double-click or press F2 to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (epoch milliseconds %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as sent: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::PropertyPane</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your permissions on this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the latest state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry reading this object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of the selected object. Ctrl+C copies the value of the current field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the tree to see its latest state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The object does not list permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t read its latest state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed to you: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::ResourceFilterModel</name>
    <message>
        <source>%1 loaded items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches in %2 loaded items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::ResourceQuery</name>
    <message>
        <source>Expected a list of %1 entries, got an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of %1 entries, got something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::ResourceTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::Session</name>
    <message>
        <source>No PEM certificate could be read from the CA bundle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, connect check off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the connect check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: no access token (%1 %2 failed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the connection: use https://, or allow plain HTTP in its advanced settings if this team really has no TLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::SignInButtons</name>
    <message>
        <source>Sign In with Br&amp;owser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In &amp;from Another Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the team&apos;s sign-in page in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a code to enter on a phone or another computer, for when no browser opens here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser. If none opened, sign in from another device instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any device, open %1 and enter the code %2. EMS Explorer waits for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the team&apos;s sign-in settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::StatusLine</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team connected. Start with --demo to try the sandbox team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending edit(s)</source>
        <translation>
            <numerusform>%n pending edit</numerusform>
            <numerusform>%n pending edits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ems::TeamNotices</name>
    <message>
        <source>The sign-in to %1 expired or was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has no team-wide permissions in %1: it reaches only what is shared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key can view but not change anything in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::TeamOverview</name>
    <message>
        <source>Team URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can view and change things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only what is shared with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can view, not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · details: View &gt; Permissions (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::TreeLoader</name>
    <message numerus="yes">
        <source>%n object(s) could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n object could not be read and is not shown: %1</numerusform>
            <numerusform>%n objects could not be read and are not shown: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Couldn&apos;t load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::TreeNavigator</name>
    <message>
        <source>The object %1 exists, but its place in the tree could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team to search in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing with the id %1 in this team: no space, content node, data pool, data model, workspace or analysis has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::TreePanel</name>
    <message>
        <source>Filter loaded items by name, or paste an ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the loaded items by name as you type. An ID jumps to that object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams, spaces, packages and their content, data pools and workspaces. Expanding an item loads its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load everything not loaded yet, then filter (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped loading the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole team is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an object to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the ID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing loaded matches “%1”.&lt;br&gt;&lt;a href=&quot;search&quot;&gt;Search the whole team&lt;/a&gt; (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its last change is being written; wait for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ems::UpdateJob</name>
    <message>
        <source>Not written: the team was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node came without its key or its package&apos;s key, so it cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team refused the change in a dry run (validate), so nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
