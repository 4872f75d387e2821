<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Activity</name>
    <message>
        <source>Organization created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service transferred in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace billing migrated in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace billing migrated out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization tier changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member MFA method changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User login failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service woken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service went idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service partially running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service IP access list changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service memory scaling changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service idling changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service replicas changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service replica limit changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service backup configuration changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service restored from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service release channel changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service AI consent changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service private endpoints changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service maintenance started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service maintenance ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service core dumps changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP access list changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default service role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response has no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted (wrong, disabled or expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not allowed to do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dependency of the request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: the rate limit did not clear in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to process the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send credentials over an unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiSession</name>
    <message>
        <source>Refusing to send the API key to %1: use https:// (plain http:// is only allowed to this computer, as 127.0.0.1 or [::1]).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClickhousectlCredentialsFile</name>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” in %1 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%2” in %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now holds another key; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyAccessText</name>
    <message>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>This key holds no roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages the organization and can create API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only on the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sees billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages all services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only on service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only on services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries service %1 through its query endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries services through their query endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on service %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can create API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manages the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy role “%1” (not known to this app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legacy role %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1: its policies are not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (the role has no permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferenceActions</name>
    <message>
        <source>&amp;Import from clickhousectl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulerStatusFormatter</name>
    <message>
        <source>%1/%2 requests in window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in flight</source>
        <translation>
            <numerusform>%n in flight</numerusform>
            <numerusform>%n in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n queued</numerusform>
            <numerusform>%n queued</numerusform>
        </translation>
    </message>
    <message>
        <source>paused %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnreadableRows</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ActivityModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor ID: %1
User agent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ActivityPage</name>
    <message>
        <source>Could not load the activity log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search activity, actor, IP, service or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activities, %1</source>
        <translation>
            <numerusform>%n activity, %1</numerusform>
            <numerusform>%n activities, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities, %2</source>
        <translation>
            <numerusform>%1 of %n activity, %2</numerusform>
            <numerusform>%1 of %n activities, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n activities to %1.</source>
        <translation>
            <numerusform>Exported %n activity to %1.</numerusform>
            <numerusform>Exported %n activities to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ActivityViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities could not be read.</source>
        <translation>
            <numerusform>%1 of %n activity could not be read.</numerusform>
            <numerusform>%1 of %n activities could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (clear the expiration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow access from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from these IP addresses or CIDR ranges (one per line, each optionally followed by a description):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.7 Office
198.51.100.0/24 VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the list changes, saving replaces the key&apos;s whole IP access list with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the key as soon as it is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the secret on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: only hashes are sent, so the secret never crosses the network. The API does not document the key format it accepts, so this may be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization has no custom roles: the classic roles are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty list denies all access to the API with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny all access?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP access list is empty: the key will not be accepted from any address. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save with no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the key this app uses?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the key this profile signs in with. Once it is disabled, this app loses access to the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeyEditor</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an expiration date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiration date must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeysTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>unknown (not found in the last %n months)</source>
        <translation>
            <numerusform>unknown (not found in the last %n month)</numerusform>
            <numerusform>unknown (not found in the last %n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled, expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — all access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %n days</source>
        <translation>
            <numerusform>expires in %n day</numerusform>
            <numerusform>expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this app&apos;s key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (probably this app&apos;s key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last four characters of a key ID are ever shown by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another key ends in the same four characters, so this is a best guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeysViewModel</name>
    <message>
        <source>This is the key the app signs in with, and a key cannot delete itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n API keys could not be read.</source>
        <translation>
            <numerusform>%1 of %n API key could not be read.</numerusform>
            <numerusform>%1 of %n API keys could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::BackupListModel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::BackupsTab</name>
    <message>
        <source>Backup schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM (UTC), optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider of the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS S3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Blob Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s3://bucket/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arn:aws:iam::123456789012:role/backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gs://bucket/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM role ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in ClickHouse Cloud&apos;s own storage. Give a bucket of your own to keep them there instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS bucket %1, written with role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cloud bucket %1, written with HMAC key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure container %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bucket of a provider this version does not know: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup bucket set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup bucket updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backup bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backups go to ClickHouse Cloud&apos;s own storage again; the backups already in your bucket stay there. Delete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup bucket deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backups</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup every %n hours</source>
        <translation>
            <numerusform>A backup every %n hour</numerusform>
            <numerusform>A backup every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup every day at %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how often a backup is made, then how long it is kept</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>kept for %n days.</source>
        <translation>
            <numerusform>kept for %n day.</numerusform>
            <numerusform>kept for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup schedule updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ClickhouseSettingsModel</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: the API tells a default only while the setting has it (select the row to read it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty, default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ClickhousectlImport</name>
    <message>
        <source>The key from the file does not work, so it was not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported and the file was left as it is. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a credentials file that holds a key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is only taken out of the file once it is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was removed from %1; its other entries were kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ClickhousectlImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from clickhousectl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ClickHouse Cloud CLI keeps its API key and secret in plain text in %1 inside the directory it runs in. The key can move to the system keychain as a new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this computer may read this file: the secret may have been seen. Consider rotating the key after the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the clickhousectl Credentials File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the profile to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Plaintext Key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is now in the system keychain. Remove it from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clickhousectl will then ask for a key again. Other entries of the file are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the Plaintext Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::CommandPalette</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a page, run an action or find a service or key by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a page, run an action, find a service or key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or its initials; Enter runs the selected entry, Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::DateRangeBar</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Show the last %n day</numerusform>
            <numerusform>Show the last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::DemoEmulator</name>
    <message>
        <source>The demo emulator did not report its port in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo emulator %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo emulator exited (code %1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo emulator printed an unexpected first line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo emulator did not hand over its key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::InvitationsModel</name>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::InvitationsViewModel</name>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invitations could not be read.</source>
        <translation>
            <numerusform>%1 of %n invitation could not be read.</numerusform>
            <numerusform>%1 of %n invitations could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::InviteDialog</name>
    <message>
        <source>Invite a Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person receives an e-mail and joins the organization when accepting it. Invitations expire after a while.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::IpAccessListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow from anywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address or CIDR, e.g. 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds 0.0.0.0/0: every address on the internet may connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty: the service accepts no traffic from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is open to anywhere (0.0.0.0/0 or ::/0): every address on the internet may connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address or CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::IpAccessListModel</name>
    <message>
        <source>%1 (anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry lets every address on the internet connect to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::KeyQueryEndpointScan</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization has no services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No query endpoint among the services checked lets this key in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key can query: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n services; the others were not read.</source>
        <translation>
            <numerusform>Checked %1 of %n service; the others were not read.</numerusform>
            <numerusform>Checked %1 of %n services; the others were not read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked all %n services.</source>
        <translation>
            <numerusform>Checked the one service.</numerusform>
            <numerusform>Checked all %n services.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the query endpoint of: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::KeyReveal</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain, so no profile was created. %1 Copy the secret now: it cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::KeyRevealDialog</name>
    <message>
        <source>Your new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You will not see this secret again.&lt;/b&gt; Copy it now or save it as a profile in the system keychain before you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a profile in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is on the clipboard; it will be cleared from there shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the profile “%1” now signs in with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without keeping the secret?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not copied the secret or saved it as a profile. Once this window closes, nobody can show it again: you would have to create another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::KeyRotation</name>
    <message>
        <source> (rotated %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the replacement key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the new key works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store its secret for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch this profile to the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: there is no signed-in profile to rotate the key of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the replacement key could not be created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”, key ID ending in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was not changed and still signs in with the old key, which is still enabled. The new key “%1” exists, but no session could be opened to check it: delete it on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was not changed and still signs in with the old key, which is still enabled. The new key “%1” did not work when checked: %2 Delete it on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key “%1” exists and works, but the profile is gone, so its secret was not stored. The old key is still enabled. Copy the new secret from the window that opened: it cannot be shown again. To use the new key, add a profile with key ID %2 and that secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key “%1” works, but its secret could not be stored: %2 This profile still signs in with the old key, which is still enabled. Copy the new secret from the window that opened: it cannot be shown again. Then either delete “%1” on this page, or edit this profile to use key ID %3 with that secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in memory for this session only (session-only profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key “%1” works, but the profile was removed before it could use it. The old key is still enabled. Copy the new secret from the window that opened: it cannot be shown again. To use the new key, add a profile with key ID %2 and that secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key “%1” works, but this profile could not be switched to it, and its previous secret could not be put back. Copy the new secret from the window that opened: it cannot be shown again. Then edit this profile to use key ID %2 with that secret; the old key is still enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key “%1” works, but this profile could not be switched to it; it still signs in with the old key, which is still enabled. Copy the new secret from the window that opened if you want to use it elsewhere; otherwise delete “%1” on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key “%1” works, but this profile could not be switched to it, and its previous secret could not be put back: %2 Copy the new secret from the window that opened: it cannot be shown again. Then edit this profile to use key ID %3 with that secret; the old key is still enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now signs in with key ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key “%1” exists, works and is stored for this profile, which now signs in with it, but the old key “%2” is still enabled: %3 Disable it on this page when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key “%1” works and is stored for this profile, and the old key “%2” is disabled, but it could not be deleted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret is kept in memory for this session only, because this profile is session-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new secret is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation complete: “%1” replaces “%2”, which was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation complete: “%1” replaces “%2”, which is now disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::KeyRotationDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace “%1”, the key this profile signs in with, by a new key with the same roles and IP access list. Each step is checked before the next one starts; if one fails, nothing after it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the old key afterwards (otherwise it is only disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::KeysPage</name>
    <message>
        <source>Loading API keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organization has no API keys yet.
Create one to use the ClickHouse Cloud API from scripts, CI or this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, key ID, role or creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the key this app uses?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the key this profile signs in with. Once it is disabled, this app loses access to the organization until you sign in with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key cannot delete itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is (or is probably) the key this profile signs in with, and a key cannot delete itself. Sign in with another key to delete it, or rotate it to replace it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the API key “%1” (key ID ending in %2)? This is permanent: anything using it loses access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation replaces the key this app uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided rotation replaces the key the current profile signs in with and stores the new secret for it. “%1” is not that key: create a new key and update whatever uses this one, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up who created the keys: %1 of %2 months read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unused for %n days (%1)</source>
        <translation>
            <numerusform>Unused for %n day (%1)</numerusform>
            <numerusform>Unused for %n days (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open to anywhere (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n days (%1)</source>
        <translation>
            <numerusform>Expiring within %n day (%1)</numerusform>
            <numerusform>Expiring within %n days (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Query Endpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Which services this key can query through their query endpoints (reads at most %n services)</source>
        <translation>
            <numerusform>Which services this key can query through their query endpoints (reads at most %n service)</numerusform>
            <numerusform>Which services this key can query through their query endpoints (reads at most %n services)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query Endpoints of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::MainWindow</name>
    <message>
        <source>Request Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything this application keeps on this computer and sign out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This goes:
• %1

Nothing changes in ClickHouse Cloud: keys and services stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>Reload the current page (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2
A desktop console for the ClickHouse Cloud management API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API allows 10 requests per 10 seconds per key; the app queues the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

You are still signed in with “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching profile failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::MemberRolesDialog</name>
    <message>
        <source>Change Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of &lt;b&gt;%1&lt;/b&gt; in this organization:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::MembersModel</name>
    <message>
        <source>User ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::MembersPage</name>
    <message>
        <source>Could not load members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members by name, e-mail or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending invitations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the invitation for %1? The link in their e-mail stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the organization? They lose access to the organization and its services at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::MembersViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n members could not be read.</source>
        <translation>
            <numerusform>%1 of %n member could not be read.</numerusform>
            <numerusform>%1 of %n members could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::NetworkTransport</name>
    <message>
        <source>The reply is larger than %1; the transfer was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1: only https:// (or http:// to this computer, as 127.0.0.1 or [::1]) is allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::NetworkingTab</name>
    <message>
        <source>IP access list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vpce-0123456789abcdef0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private DNS host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoints of this service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoint %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty IP access list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an empty IP access list the service accepts no traffic at all. Apply anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block all traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.0.0.0/0 lets every address on the internet connect to the service. Apply anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow from anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP access list updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::NotificationPresenter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::Notifier</name>
    <message>
        <source>The key this profile signs in with, “%1”, expires on %2. Rotate it before then (API Keys ▸ Rotate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key “%1” expires on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background requests keep failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last %1 background requests failed (the last one: %2 %3, %4). What the pages show may be out of date until they succeed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waking “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service change failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service awake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” ended up %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::OrganizationPage</name>
    <message>
        <source>Could not load the organization: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization renamed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your own cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private endpoints are allowed for this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint service to connect your private endpoint to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint service in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint service region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint service ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::OrganizationViewModel</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>The name is too long: at most %n character.</numerusform>
            <numerusform>The name is too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::Page</name>
    <message>
        <source>Your API key lacks the permission %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::PasswordRevealDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the password of the &lt;b&gt;default&lt;/b&gt; user of &lt;b&gt;%1&lt;/b&gt;. It is shown only now: copy it or store it before closing this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the password; the clipboard is cleared after 30 seconds if it still holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the password in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds if it still holds the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::PreferencesDialog</name>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time the application starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copied key secret or password is taken off the clipboard after this time. It cannot be turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn about keys expiring &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloads the page on screen at this interval. Every page load counts against the API&apos;s limit of 10 requests per 10 seconds per key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh automatically:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::PrivateEndpointsModel</name>
    <message>
        <source>Endpoint ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs an API key ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ProfileDialog</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key secret is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile can still be used until the application quits, with its secret held in memory only. It will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This URL uses plain http://: the key secret would travel unencrypted. It is only accepted for a server on this computer, written as 127.0.0.1 or [::1], and such a profile is never signed in automatically at start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ProfileManagerDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its key secret from the keychain? The key itself stays valid in ClickHouse Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ProfilesViewModel</name>
    <message>
        <source>Enter the key ID and the key secret first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works but belongs to no organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the key secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key secret could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is gone, but its keychain entry could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) with their key secrets: %1</source>
        <translation>
            <numerusform>%n profile with its key secret: %1</numerusform>
            <numerusform>%n profiles with their key secrets: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored service password(s)</source>
        <translation>
            <numerusform>%n stored service password</numerusform>
            <numerusform>%n stored service passwords</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of this application in the system keychain</source>
        <translation>
            <numerusform>%n entry of this application in the system keychain</numerusform>
            <numerusform>%n entries of this application in the system keychain</numerusform>
        </translation>
    </message>
    <message>
        <source>the application&apos;s settings (window layout, last page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is forgotten: no profile, secret or setting of this application is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles and settings are gone, but some keychain entries could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::QueryEndpointKeysModel</name>
    <message>
        <source>Key %1 (not in this organization&apos;s list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::QueryEndpointTab</name>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys that may use the query endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://app.example.com, https://grafana.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query endpoint runs SQL over HTTP for the API keys checked below, with the console role given, from the browser origins listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query endpoint is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query endpoint is not enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query endpoint enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query endpoint saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable the query endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programs that query this service over the endpoint stop working. Disable it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query endpoint disabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::QuotasModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (over the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (limit reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On request to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be raised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::QuotasPanel</name>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the quotas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading quotas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization reports no quotas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::QuotasViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::RequestLogModel</name>
    <message>
        <source>bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: insecure URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
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
        <source>Queue wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>background</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::RequestLogPanel</name>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected request as a curl command. The key is read from the environment variables CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of this session, newest last. Secrets are never logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as curl; set CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET to run it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::RoleEditorDialog</name>
    <message>
        <source>&amp;Add Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Service operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named in the API document; used by a role of this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization/*, instance/*, instance/&lt;service id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several with commas. organization/* is the whole organization, instance/* every service, instance/&lt;id&gt; one service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;olicies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL console role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grants %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as they are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::RoleHoldersDialog</name>
    <message>
        <source>Assign Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds the role “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of the change was saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::RoleHoldersUpdate</name>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: role given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: role taken away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::RolePicker</name>
    <message>
        <source>Organization-wide role (legacy roles: choose one)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::RolesModel</name>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no effect given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no resources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; SQL console: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; grants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no policies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::RolesPanel</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a custom role with its own policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a custom role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name and policies of the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected role; whoever holds it loses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) or API key(s) hold it and will lose what it grants.</source>
        <translation>
            <numerusform>%n member or API key holds it and will lose what it grants.</numerusform>
            <numerusform>%n members or API keys hold it and will lose what it grants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role “%1”? %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which members and API keys hold the selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::RolesViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System roles are defined by ClickHouse Cloud and cannot be changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long: at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one policy: a role without one grants nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: choose Allow or Deny.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: choose at least one permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: “%2” is not a permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: name at least one resource, such as organization/* or instance/*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1: “%2” is not a resource; write organization/*, instance/* or instance/&lt;service id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role is no longer listed. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer listed. Refresh and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would be left without any role. Give it another role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only a legacy role; change its roles on its own page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ScalingEditor</name>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale to zero when idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per replica:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle scaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical: fixed replicas, memory scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal: replicas scale, fixed memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current mode (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum memory per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum memory per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle time before scaling to zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum number of replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum number of replicas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ScalingTab</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the upgrade window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the upgrade window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:00–%2:00 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade window set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade window removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First hour of the entry (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:00 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End hour of the entry (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling schedule saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the scaling schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every entry of the schedule is removed; the service keeps its base scaling at all times. Clear it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling schedule cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule: the service keeps its base scaling at all times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries; “%1” is in effect now.</source>
        <translation>
            <numerusform>%n entry; “%1” is in effect now.</numerusform>
            <numerusform>%n entries; “%1” is in effect now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries; none is in effect now.</source>
        <translation>
            <numerusform>%n entry; none is in effect now.</numerusform>
            <numerusform>%n entries; none is in effect now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrades may happen on %1 from %2:00 for %n hours (UTC).</source>
        <translation>
            <numerusform>Upgrades may happen on %1 from %2:00 for %n hour (UTC).</numerusform>
            <numerusform>Upgrades may happen on %1 from %2:00 for %n hours (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>No upgrade window: upgrades may happen at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save schedule*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ScheduleEntriesModel</name>
    <message>
        <source>%1 (active now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replicas</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of weekdays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the entry a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry must start and end at different hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per replica is a multiple of 4 GiB from 8 to 356.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest memory may not exceed the largest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas go from 1 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle timeout is at least 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ScheduleWeekView</name>
    <message>
        <source>Week view of the scaling schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours of the week have a schedule entry.</source>
        <translation>
            <numerusform>%n hour of the week has a schedule entry.</numerusform>
            <numerusform>%n hours of the week have a schedule entry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ScreenshotTaker</name>
    <message>
        <source>The page “%1” did not finish loading within %2 s; saved what was on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, but the page shows an error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page “%1” has no part “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::SecretResult</name>
    <message>
        <source>No saved secret was found for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key secret cannot be saved. You can still sign in for this session only; the secret is then forgotten when the application quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked: unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second. It may be waiting for you to unlock it.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds. It may be waiting for you to unlock it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is still busy with an earlier request, which may be waiting for you to unlock it. Try again once it has answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceBackupBucketViewModel</name>
    <message>
        <source>The backup bucket could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bucket path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM role ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IAM role ARN starts with arn:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a cloud provider for the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceCreateDialog</name>
    <message>
        <source>Create service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. analytics-production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP access list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these addresses may connect. Add your own network; 0.0.0.0/0 opens the service to the whole internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty IP access list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an empty IP access list the service accepts no traffic at all until you add an address. Create it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create without access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The organization has reached its limit of %n service(s) (quota %1).</source>
        <translation>
            <numerusform>The organization has reached its limit of %n service (quota %1).</numerusform>
            <numerusform>The organization has reached its limit of %n services (quota %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceDetailsPane</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a service to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceDetailsViewModel</name>
    <message>
        <source>The backups could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup schedule could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private endpoint configuration could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept for whole days, from 1 to 45.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval between backups must be at least one hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time must be HH:MM (UTC), for example 02:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backups could not be read.</source>
        <translation>
            <numerusform>%1 of %n backup could not be read.</numerusform>
            <numerusform>%1 of %n backups could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceInputRules</name>
    <message>
        <source>A tag key is 1–128 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag value is up to 256 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceOverviewTab</name>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Endpoints&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty — no traffic is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>IP access list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy host and port of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServicePartViewModel</name>
    <message>
        <source>No service is selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServicePasswordVault</name>
    <message>
        <source>No keychain is available: the password was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServicePrivateEndpointViewModel</name>
    <message>
        <source>The private endpoint configuration could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint ID from your cloud account (for example vpce-0123456789abcdef0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint ID is up to 255 letters, digits and . _ : / - characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceQueryEndpointViewModel</name>
    <message>
        <source>The query endpoint could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API keys could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one role for the query endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate the allowed origins with commas: “%1” has a space in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceScheduleViewModel</name>
    <message>
        <source>The scaling schedule could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upgrade window could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade window starts on a weekday at 00, 06, 12 or 18 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceSettingsViewModel</name>
    <message>
        <source>The ClickHouse settings could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on or off (1 or 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServicesPage</name>
    <message>
        <source>The services could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID, region, version or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n services shown</source>
        <translation>
            <numerusform>%1 of %n service shown</numerusform>
            <numerusform>%1 of %n services shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the service before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 is being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waking %1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1? Running queries are interrupted and clients cannot connect until it is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new password for the default user of %1? The current password stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be stopped before it can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes %1 and all its data for good. Type the service name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name typed does not match %1: nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServicesTableModel</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — checking for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>On · %n min</source>
        <translation>
            <numerusform>On · %n min</numerusform>
            <numerusform>On · %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::ServicesViewModel</name>
    <message numerus="yes">
        <source>%1 of %n services could not be read.</source>
        <translation>
            <numerusform>%1 of %n service could not be read.</numerusform>
            <numerusform>%1 of %n services could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cloud provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the minimum and the maximum number of replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a fixed number of replicas or a minimum and maximum, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal autoscaling needs a minimum and a maximum number of replicas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal autoscaling keeps one memory size per replica.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical autoscaling keeps a fixed number of replicas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::SessionManager</name>
    <message>
        <source>There is no such profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of profile “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was removed while signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: the key does not belong to any organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::SessionSecretStore</name>
    <message>
        <source>This session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::SettingsTab</name>
    <message>
        <source>Filter settings by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value of the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n settings changed from their defaults.</source>
        <translation>
            <numerusform>%n setting changed from its default.</numerusform>
            <numerusform>%n settings changed from their defaults.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a setting to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back at its default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::TagListModel</name>
    <message>
        <source>A service has at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::TagsEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key, e.g. environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::TagsTab</name>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::UsageChartData</name>
    <message numerus="yes">
        <source>Other (%n services)</source>
        <translation>
            <numerusform>Other (%n service)</numerusform>
            <numerusform>Other (%n services)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::UsageChartView</name>
    <message>
        <source>CHC per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::UsagePage</name>
    <message>
        <source>Could not load usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many services the chart shows; the rest are summed as &quot;Other&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services in chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter records by service, ID or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the records shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CHC from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services in chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter usage records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::UsageTableModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickPipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not final yet: unlocked records may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (CHC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::UsageViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n usage records could not be read.</source>
        <translation>
            <numerusform>%1 of %n usage record could not be read.</numerusform>
            <numerusform>%1 of %n usage records could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::orgtext</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chcloud::validation</name>
    <message>
        <source>Enter a service name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica memory must be between %1 and %2 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica memory must be a multiple of %1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum replica memory must not exceed the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of replicas must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum number of replicas must not exceed the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle timeout must be at least %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CIDR block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a key name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for the ClickHouse Cloud management API.

Environment: CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET (and optionally CLICKHOUSE_CLOUD_API_URL) sign in for this session only, without touching the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local emulator with demo data and sign in to it (nothing is saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the page has loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to show: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL for new profiles and environment sign-in (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page “%1”; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must look like 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Emulator Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo emulator stopped unexpectedly; the demo data is no longer available.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default profile uses plain http:// and was not signed in automatically; choose it under File ▸ Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
