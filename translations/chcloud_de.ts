<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Activity</name>
    <message>
        <source>Organization created</source>
        <translation>Organisation erstellt</translation>
    </message>
    <message>
        <source>Organization renamed</source>
        <translation>Organisation umbenannt</translation>
    </message>
    <message>
        <source>Service transferred in</source>
        <translation>Dienst übernommen</translation>
    </message>
    <message>
        <source>Service transferred out</source>
        <translation>Dienst abgegeben</translation>
    </message>
    <message>
        <source>Payment method saved</source>
        <translation>Zahlungsmethode gespeichert</translation>
    </message>
    <message>
        <source>Marketplace subscription</source>
        <translation>Marketplace-Abonnement</translation>
    </message>
    <message>
        <source>Marketplace billing migrated in</source>
        <translation>Marketplace-Abrechnung übernommen</translation>
    </message>
    <message>
        <source>Marketplace billing migrated out</source>
        <translation>Marketplace-Abrechnung abgegeben</translation>
    </message>
    <message>
        <source>Organization tier changed</source>
        <translation>Organisationsstufe geändert</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Einladung gesendet</translation>
    </message>
    <message>
        <source>Invitation deleted</source>
        <translation>Einladung gelöscht</translation>
    </message>
    <message>
        <source>Member joined</source>
        <translation>Mitglied beigetreten</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Mitglied hinzugefügt</translation>
    </message>
    <message>
        <source>Member left</source>
        <translation>Mitglied ausgetreten</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Mitglied entfernt</translation>
    </message>
    <message>
        <source>Member role changed</source>
        <translation>Mitgliedsrolle geändert</translation>
    </message>
    <message>
        <source>Member MFA method changed</source>
        <translation>MFA-Methode des Mitglieds geändert</translation>
    </message>
    <message>
        <source>User logged in</source>
        <translation>Benutzer angemeldet</translation>
    </message>
    <message>
        <source>User login failed</source>
        <translation>Anmeldung des Benutzers fehlgeschlagen</translation>
    </message>
    <message>
        <source>User logged out</source>
        <translation>Benutzer abgemeldet</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>API-Schlüssel erstellt</translation>
    </message>
    <message>
        <source>API key deleted</source>
        <translation>API-Schlüssel gelöscht</translation>
    </message>
    <message>
        <source>API key updated</source>
        <translation>API-Schlüssel geändert</translation>
    </message>
    <message>
        <source>Service created</source>
        <translation>Dienst erstellt</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Dienst gestartet</translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation>Dienst gestoppt</translation>
    </message>
    <message>
        <source>Service woken up</source>
        <translation>Dienst aufgeweckt</translation>
    </message>
    <message>
        <source>Service went idle</source>
        <translation>Dienst in Leerlauf gewechselt</translation>
    </message>
    <message>
        <source>Service running</source>
        <translation>Dienst läuft</translation>
    </message>
    <message>
        <source>Service partially running</source>
        <translation>Dienst läuft teilweise</translation>
    </message>
    <message>
        <source>Service deleted</source>
        <translation>Dienst gelöscht</translation>
    </message>
    <message>
        <source>Service renamed</source>
        <translation>Dienst umbenannt</translation>
    </message>
    <message>
        <source>Service IP access list changed</source>
        <translation>IP-Zugriffsliste des Dienstes geändert</translation>
    </message>
    <message>
        <source>Service memory scaling changed</source>
        <translation>Speicherskalierung des Dienstes geändert</translation>
    </message>
    <message>
        <source>Service idling changed</source>
        <translation>Leerlauf des Dienstes geändert</translation>
    </message>
    <message>
        <source>Service password changed</source>
        <translation>Passwort des Dienstes geändert</translation>
    </message>
    <message>
        <source>Service replicas changed</source>
        <translation>Replikate des Dienstes geändert</translation>
    </message>
    <message>
        <source>Service replica limit changed</source>
        <translation>Replikatlimit des Dienstes geändert</translation>
    </message>
    <message>
        <source>Service backup configuration changed</source>
        <translation>Backup-Konfiguration des Dienstes geändert</translation>
    </message>
    <message>
        <source>Service restored from backup</source>
        <translation>Dienst aus Backup wiederhergestellt</translation>
    </message>
    <message>
        <source>Service release channel changed</source>
        <translation>Release-Kanal des Dienstes geändert</translation>
    </message>
    <message>
        <source>Service AI consent changed</source>
        <translation>KI-Einwilligung des Dienstes geändert</translation>
    </message>
    <message>
        <source>Service private endpoints changed</source>
        <translation>Private Endpunkte des Dienstes geändert</translation>
    </message>
    <message>
        <source>Service imported</source>
        <translation>Dienst importiert</translation>
    </message>
    <message>
        <source>Service exported</source>
        <translation>Dienst exportiert</translation>
    </message>
    <message>
        <source>Service maintenance started</source>
        <translation>Wartung des Dienstes begonnen</translation>
    </message>
    <message>
        <source>Service maintenance ended</source>
        <translation>Wartung des Dienstes beendet</translation>
    </message>
    <message>
        <source>Service core dumps changed</source>
        <translation>Core-Dumps des Dienstes geändert</translation>
    </message>
    <message>
        <source>Backup deleted</source>
        <translation>Backup gelöscht</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Name changed</source>
        <translation>Name geändert</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Expiry changed</source>
        <translation>Ablauf geändert</translation>
    </message>
    <message>
        <source>IP access list changed</source>
        <translation>IP-Zugriffsliste geändert</translation>
    </message>
    <message>
        <source>Organization role changed</source>
        <translation>Organisationsrolle geändert</translation>
    </message>
    <message>
        <source>Default service role changed</source>
        <translation>Standard-Dienstrolle geändert</translation>
    </message>
    <message>
        <source>Service role changed</source>
        <translation>Dienstrolle geändert</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rollen geändert</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at offset %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Position %2)</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the response has no result</source>
        <translation>die Antwort enthält kein Ergebnis</translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>The API key was not accepted (wrong, disabled or expired)</source>
        <translation>Der API-Schlüssel wurde nicht angenommen (falsch, deaktiviert oder abgelaufen)</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this</source>
        <translation>Der API-Schlüssel darf das nicht</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The request conflicts with the current state</source>
        <translation>Die Anfrage widerspricht dem aktuellen Zustand</translation>
    </message>
    <message>
        <source>A dependency of the request failed</source>
        <translation>Eine Abhängigkeit der Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Too many requests: the rate limit did not clear in time</source>
        <translation>Zu viele Anfragen: Das Ratenlimit wurde nicht rechtzeitig wieder frei</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>Der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>The server failed to process the request</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read at %1</source>
        <translation>Die Antwort des Servers konnte bei %1 nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Refused to send credentials over an unencrypted connection</source>
        <translation>Zugangsdaten werden nicht über eine unverschlüsselte Verbindung gesendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
</context>
<context>
    <name>ApiSession</name>
    <message>
        <source>Refusing to send the API key to %1: use https:// (plain http:// is only allowed to this computer, as 127.0.0.1 or [::1]).</source>
        <translation>Der API-Schlüssel wird nicht an %1 gesendet: Verwenden Sie https:// (einfaches http:// ist nur zu diesem Computer erlaubt, als 127.0.0.1 oder [::1]).</translation>
    </message>
</context>
<context>
    <name>ClickhousectlCredentialsFile</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is too large to be a credentials file.</source>
        <translation>%1 ist zu groß für eine Datei mit Zugangsdaten.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 has no “%2”.</source>
        <translation>In %1 fehlt „%2“.</translation>
    </message>
    <message>
        <source>“%2” in %1 is not a string.</source>
        <translation>„%2“ in %1 ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>“%2” in %1 is empty.</source>
        <translation>„%2“ in %1 ist leer.</translation>
    </message>
    <message>
        <source>%1 now holds another key; it was left as it is.</source>
        <translation>%1 enthält inzwischen einen anderen Schlüssel; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>KeyAccessText</name>
    <message>
        <source>no roles</source>
        <translation>keine Rollen</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This key holds no roles.</source>
        <translation>Dieser Schlüssel hat keine Rollen.</translation>
    </message>
    <message>
        <source>manages the organization and can create API keys</source>
        <translation>verwaltet die Organisation und kann API-Schlüssel anlegen</translation>
    </message>
    <message>
        <source>read-only on the organization</source>
        <translation>nur Lesezugriff auf die Organisation</translation>
    </message>
    <message>
        <source>sees billing</source>
        <translation>sieht die Abrechnung</translation>
    </message>
    <message>
        <source>manages service %1</source>
        <translation>verwaltet den Dienst %1</translation>
    </message>
    <message>
        <source>manages all services</source>
        <translation>verwaltet alle Dienste</translation>
    </message>
    <message>
        <source>read-only on service %1</source>
        <translation>nur Lesezugriff auf den Dienst %1</translation>
    </message>
    <message>
        <source>read-only on services</source>
        <translation>nur Lesezugriff auf Dienste</translation>
    </message>
    <message>
        <source>queries service %1 through its query endpoint</source>
        <translation>fragt den Dienst %1 über seinen Query-Endpunkt ab</translation>
    </message>
    <message>
        <source>queries services through their query endpoints</source>
        <translation>fragt Dienste über ihre Query-Endpunkte ab</translation>
    </message>
    <message>
        <source>“%1” on service %2</source>
        <translation>„%1“ auf dem Dienst %2</translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation>„%1“ auf %2</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>verweigert: %1</translation>
    </message>
    <message>
        <source>can create API keys</source>
        <translation>kann API-Schlüssel anlegen</translation>
    </message>
    <message>
        <source>manages the organization</source>
        <translation>verwaltet die Organisation</translation>
    </message>
    <message>
        <source>legacy role “%1” (not known to this app)</source>
        <translation>alte Rolle „%1“ (dieser App unbekannt)</translation>
    </message>
    <message>
        <source>Legacy role %1: %2</source>
        <translation>Alte Rolle %1: %2</translation>
    </message>
    <message>
        <source>holds role %1</source>
        <translation>hat die Rolle %1</translation>
    </message>
    <message>
        <source>Role %1: its policies are not known yet</source>
        <translation>Rolle %1: ihre Richtlinien sind noch nicht bekannt</translation>
    </message>
    <message>
        <source>nothing (the role has no permissions)</source>
        <translation>nichts (die Rolle hat keine Berechtigungen)</translation>
    </message>
    <message>
        <source>Role %1: %2</source>
        <translation>Rolle %1: %2</translation>
    </message>
</context>
<context>
    <name>PreferenceActions</name>
    <message>
        <source>&amp;Import from clickhousectl…</source>
        <translation>Aus clickhousectl &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <source>Google Cloud</source>
        <translation>Google Cloud</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
</context>
<context>
    <name>SchedulerStatusFormatter</name>
    <message>
        <source>%1/%2 requests in window</source>
        <translation>%1/%2 Anfragen im Zeitfenster</translation>
    </message>
    <message numerus="yes">
        <source>%n in flight</source>
        <translation>
            <numerusform>%n in Bearbeitung</numerusform>
            <numerusform>%n in Bearbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in Warteschlange</numerusform>
            <numerusform>%n in Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>paused %1 s</source>
        <translation>pausiert %1 s</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Wird gestoppt</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Wird beendet</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Wird gelöscht</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>Wird aufgeweckt</translation>
    </message>
    <message>
        <source>Partially running</source>
        <translation>Läuft teilweise</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
</context>
<context>
    <name>UnreadableRows</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Row %1 (id %2)</source>
        <translation>Zeile %1 (ID %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>chcloud::ActivityModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actor ID: %1
User agent: %2</source>
        <translation>Akteur-ID: %1
User-Agent: %2</translation>
    </message>
    <message>
        <source>Actor ID: %1</source>
        <translation>Akteur-ID: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Akteurtyp</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Service ID: %1</source>
        <translation>Dienst-ID: %1</translation>
    </message>
    <message>
        <source>API key ID: %1</source>
        <translation>API-Schlüssel-ID: %1</translation>
    </message>
</context>
<context>
    <name>chcloud::ActivityPage</name>
    <message>
        <source>Could not load the activity log: %1</source>
        <translation>Das Aktivitätsprotokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Search activity, actor, IP, service or key</source>
        <translation>Aktivität, Akteur, IP, Dienst, Schlüssel suchen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation>Die angezeigten Zeilen als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Aktivität:</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle Aktivitäten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n activities, %1</source>
        <translation>
            <numerusform>%n Aktivität, %1</numerusform>
            <numerusform>%n Aktivitäten, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities, %2</source>
        <translation>
            <numerusform>%1 von %n Aktivität, %2</numerusform>
            <numerusform>%1 von %n Aktivitäten, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n activities to %1.</source>
        <translation>
            <numerusform>%n Aktivität nach %1 exportiert.</numerusform>
            <numerusform>%n Aktivitäten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Aktivitätstyp</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>Aktivität durchsuchen</translation>
    </message>
</context>
<context>
    <name>chcloud::ActivityViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Choose a valid date range.</source>
        <translation>Wählen Sie einen gültigen Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities could not be read.</source>
        <translation>
            <numerusform>%1 von %n Aktivität konnte nicht gelesen werden.</numerusform>
            <numerusform>%1 von %n Aktivitäten konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>API-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>Keep the current expiration</source>
        <translation>Aktuellen Ablauf beibehalten</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Never (clear the expiration)</source>
        <translation>Nie (Ablauf entfernen)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>An einem Datum…</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>IP access</source>
        <translation>IP-Zugriff</translation>
    </message>
    <message>
        <source>Allow access from anywhere</source>
        <translation>Zugriff von überall erlauben</translation>
    </message>
    <message>
        <source>Enable the key as soon as it is created</source>
        <translation>Schlüssel gleich nach dem Erstellen aktivieren</translation>
    </message>
    <message>
        <source>Key is enabled</source>
        <translation>Schlüssel ist aktiviert</translation>
    </message>
    <message>
        <source>Generate the secret on this computer</source>
        <translation>Geheimnis auf diesem Computer erzeugen</translation>
    </message>
    <message>
        <source>Advanced: only hashes are sent, so the secret never crosses the network. The API does not document the key format it accepts, so this may be rejected.</source>
        <translation>Erweitert: Es werden nur Hashes gesendet, das Geheimnis geht also nie über das Netzwerk. Die API dokumentiert das akzeptierte Schlüsselformat nicht, daher wird dies möglicherweise abgelehnt.</translation>
    </message>
    <message>
        <source>Generate API Key</source>
        <translation>API-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>This organization has no custom roles: the classic roles are offered.</source>
        <translation>Diese Organisation hat keine eigenen Rollen: Es werden die klassischen Rollen angeboten.</translation>
    </message>
    <message>
        <source>An empty list denies all access to the API with this key.</source>
        <translation>Eine leere Liste verweigert mit diesem Schlüssel jeden Zugriff auf die API.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Deny all access?</source>
        <translation>Jeden Zugriff verweigern?</translation>
    </message>
    <message>
        <source>The IP access list is empty: the key will not be accepted from any address. Save anyway?</source>
        <translation>Die IP-Zugriffsliste ist leer: Der Schlüssel wird von keiner Adresse aus akzeptiert. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save with no access</source>
        <translation>Ohne Zugriff speichern</translation>
    </message>
    <message>
        <source>Disable the key this app uses?</source>
        <translation>Den Schlüssel dieser App deaktivieren?</translation>
    </message>
    <message>
        <source>This is the key this profile signs in with. Once it is disabled, this app loses access to the organization.</source>
        <translation>Mit diesem Schlüssel meldet sich dieses Profil an. Sobald er deaktiviert ist, verliert diese App den Zugriff auf die Organisation.</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Only from these IP addresses or CIDR ranges (one per line, each optionally followed by a description):</source>
        <translation>Nur von diesen IP-Adressen oder CIDR-Bereichen (eine pro Zeile, jeweils optional gefolgt von einer Beschreibung):</translation>
    </message>
    <message>
        <source>203.0.113.7 Office
198.51.100.0/24 VPN</source>
        <translation>203.0.113.7 Büro
198.51.100.0/24 VPN</translation>
    </message>
    <message>
        <source>When the list changes, saving replaces the key&apos;s whole IP access list with this one.</source>
        <translation>Wenn sich die Liste ändert, ersetzt das Speichern die gesamte IP-Zugriffsliste des Schlüssels durch diese.</translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeyEditor</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Developer</translation>
    </message>
    <message>
        <source>Query endpoints</source>
        <translation>Query Endpoints</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>Choose an expiration date.</source>
        <translation>Wählen Sie ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>The expiration date must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeysTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Letzte Nutzung</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>IP access</source>
        <translation>IP-Zugriff</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>looking up…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>unknown (not found in the last %n months)</source>
        <translation>
            <numerusform>unbekannt (im letzten Monat nicht gefunden)</numerusform>
            <numerusform>unbekannt (in den letzten %n Monaten nicht gefunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Enabled, expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>none — all access denied</source>
        <translation>keine – jeder Zugriff verweigert</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>überall</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>%1 (this app&apos;s key)</source>
        <translation>%1 (Schlüssel dieser App)</translation>
    </message>
    <message>
        <source>%1 (probably this app&apos;s key)</source>
        <translation>%1 (wahrscheinlich Schlüssel dieser App)</translation>
    </message>
    <message>
        <source>Only the last four characters of a key ID are ever shown by the server.</source>
        <translation>Der Server zeigt von einer Schlüssel-ID immer nur die letzten vier Zeichen.</translation>
    </message>
    <message>
        <source>Another key ends in the same four characters, so this is a best guess.</source>
        <translation>Ein anderer Schlüssel endet auf dieselben vier Zeichen, dies ist also nur eine Vermutung.</translation>
    </message>
    <message>
        <source>May do</source>
        <translation>Darf</translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeysViewModel</name>
    <message>
        <source>This is the key the app signs in with, and a key cannot delete itself.</source>
        <translation>Mit diesem Schlüssel meldet sich die App an, und ein Schlüssel kann sich nicht selbst löschen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n API keys could not be read.</source>
        <translation>
            <numerusform>%1 von %n API-Schlüssel konnte nicht gelesen werden.</numerusform>
            <numerusform>%1 von %n API-Schlüsseln konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::BackupListModel</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Inkrementell</translation>
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
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>chcloud::BackupsTab</name>
    <message>
        <source>Backup schedule</source>
        <translation>Backup-Zeitplan</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>HH:MM (UTC), optional</source>
        <translation>HH:MM (UTC), optional</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>Alle:</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Aufbewahrung:</translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation>Start um:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Backups&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Backup bucket</source>
        <translation>Backup-Bucket</translation>
    </message>
    <message>
        <source>Cloud provider of the bucket</source>
        <translation>Cloud-Anbieter des Buckets</translation>
    </message>
    <message>
        <source>AWS S3</source>
        <translation>AWS S3</translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <translation>Google Cloud Storage</translation>
    </message>
    <message>
        <source>Azure Blob Storage</source>
        <translation>Azure Blob Storage</translation>
    </message>
    <message>
        <source>s3://bucket/path</source>
        <translation>s3://bucket/pfad</translation>
    </message>
    <message>
        <source>arn:aws:iam::123456789012:role/backups</source>
        <translation>arn:aws:iam::123456789012:role/backups</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>gs://bucket/path</source>
        <translation>gs://bucket/pfad</translation>
    </message>
    <message>
        <source>Bucket path:</source>
        <translation>Bucket-Pfad:</translation>
    </message>
    <message>
        <source>IAM role ARN:</source>
        <translation>IAM-Rollen-ARN:</translation>
    </message>
    <message>
        <source>Session name:</source>
        <translation>Sitzungsname:</translation>
    </message>
    <message>
        <source>HMAC key ID:</source>
        <translation>HMAC-Schlüssel-ID:</translation>
    </message>
    <message>
        <source>HMAC secret:</source>
        <translation>HMAC-Geheimnis:</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation>Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <source>Delete bucket</source>
        <translation>Bucket löschen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Backups are kept in ClickHouse Cloud&apos;s own storage. Give a bucket of your own to keep them there instead.</source>
        <translation>Backups liegen im Speicher von ClickHouse Cloud. Geben Sie einen eigenen Bucket an, um sie dort abzulegen.</translation>
    </message>
    <message>
        <source>AWS bucket %1, written with role %2.</source>
        <translation>AWS-Bucket %1, geschrieben mit der Rolle %2.</translation>
    </message>
    <message>
        <source>Google Cloud bucket %1, written with HMAC key %2.</source>
        <translation>Google-Cloud-Bucket %1, geschrieben mit dem HMAC-Schlüssel %2.</translation>
    </message>
    <message>
        <source>Azure container %1.</source>
        <translation>Azure-Container %1.</translation>
    </message>
    <message>
        <source>A bucket of a provider this version does not know: %1.</source>
        <translation>Ein Bucket eines Anbieters, den diese Version nicht kennt: %1.</translation>
    </message>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation>leer lassen, um den gespeicherten Wert zu behalten</translation>
    </message>
    <message>
        <source>Update bucket</source>
        <translation>Bucket aktualisieren</translation>
    </message>
    <message>
        <source>Use this bucket</source>
        <translation>Diesen Bucket verwenden</translation>
    </message>
    <message>
        <source>Backup bucket set.</source>
        <translation>Backup-Bucket festgelegt.</translation>
    </message>
    <message>
        <source>Backup bucket updated.</source>
        <translation>Backup-Bucket aktualisiert.</translation>
    </message>
    <message>
        <source>Delete the backup bucket</source>
        <translation>Backup-Bucket löschen</translation>
    </message>
    <message>
        <source>New backups go to ClickHouse Cloud&apos;s own storage again; the backups already in your bucket stay there. Delete it?</source>
        <translation>Neue Backups gehen wieder in den Speicher von ClickHouse Cloud; die Backups in Ihrem Bucket bleiben dort. Löschen?</translation>
    </message>
    <message>
        <source>Backup bucket deleted.</source>
        <translation>Backup-Bucket gelöscht.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Backups.</translation>
    </message>
    <message numerus="yes">
        <source>%n backups</source>
        <translation>
            <numerusform>%n Backup</numerusform>
            <numerusform>%n Backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup every %n hours</source>
        <translation>
            <numerusform>Ein Backup jede Stunde</numerusform>
            <numerusform>Ein Backup alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup every day at %1 UTC</source>
        <translation>Ein Backup täglich um %1 UTC</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how often a backup is made, then how long it is kept</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>kept for %n days.</source>
        <translation>
            <numerusform>aufbewahrt für %n Tag.</numerusform>
            <numerusform>aufbewahrt für %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup schedule updated.</source>
        <translation>Backup-Zeitplan aktualisiert.</translation>
    </message>
</context>
<context>
    <name>chcloud::ClickhouseSettingsModel</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Not known yet: the API tells a default only while the setting has it (select the row to read it).</source>
        <translation>Noch unbekannt: Die API nennt einen Standardwert nur, solange die Einstellung ihn hat (Zeile auswählen, um ihn zu lesen).</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(empty, default)</source>
        <translation>(leer, Standard)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>chcloud::ClickhousectlImport</name>
    <message>
        <source>The key from the file does not work, so it was not imported: %1</source>
        <translation>Der Schlüssel aus der Datei funktioniert nicht und wurde daher nicht importiert: %1</translation>
    </message>
    <message>
        <source>Nothing was imported and the file was left as it is. %1</source>
        <translation>Es wurde nichts importiert, und die Datei blieb unverändert. %1</translation>
    </message>
    <message>
        <source>Choose a credentials file that holds a key first.</source>
        <translation>Wählen Sie zuerst eine Datei mit Zugangsdaten, die einen Schlüssel enthält.</translation>
    </message>
    <message>
        <source>The profiles are not available.</source>
        <translation>Die Profile sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>The key is only taken out of the file once it is stored in the keychain.</source>
        <translation>Der Schlüssel wird erst aus der Datei entfernt, wenn er im Schlüsselbund gespeichert ist.</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The key was removed from %1; its other entries were kept.</source>
        <translation>Der Schlüssel wurde aus %1 entfernt; die übrigen Einträge der Datei blieben erhalten.</translation>
    </message>
</context>
<context>
    <name>chcloud::ClickhousectlImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Import from clickhousectl</source>
        <translation>Aus clickhousectl importieren</translation>
    </message>
    <message>
        <source>The ClickHouse Cloud CLI keeps its API key and secret in plain text in %1 inside the directory it runs in. The key can move to the system keychain as a new profile.</source>
        <translation>Die ClickHouse Cloud CLI speichert ihren API-Schlüssel und das Geheimnis im Klartext in %1 innerhalb des Verzeichnisses, in dem sie ausgeführt wird. Der Schlüssel kann als neues Profil in den Systemschlüsselbund übernommen werden.</translation>
    </message>
    <message>
        <source>Other users of this computer may read this file: the secret may have been seen. Consider rotating the key after the import.</source>
        <translation>Andere Benutzer dieses Computers können diese Datei lesen: Das Geheimnis wurde möglicherweise bereits eingesehen. Erwägen Sie, den Schlüssel nach dem Import zu rotieren.</translation>
    </message>
    <message>
        <source>The organization&apos;s name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API-Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Profile &amp;label:</source>
        <translation>Profil&amp;bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the clickhousectl Credentials File</source>
        <translation>Datei mit clickhousectl-Zugangsdaten auswählen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No key read</source>
        <translation>Kein Schlüssel gelesen</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>Saving the profile to the keychain…</source>
        <translation>Profil wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Remove the Plaintext Key?</source>
        <translation>Klartext-Schlüssel entfernen?</translation>
    </message>
    <message>
        <source>The key is now in the system keychain. Remove it from %1?</source>
        <translation>Der Schlüssel ist jetzt im Systemschlüsselbund. Ihn aus %1 entfernen?</translation>
    </message>
    <message>
        <source>clickhousectl will then ask for a key again. Other entries of the file are kept.</source>
        <translation>clickhousectl fragt dann erneut nach einem Schlüssel. Die übrigen Einträge der Datei bleiben erhalten.</translation>
    </message>
    <message>
        <source>Remove from File</source>
        <translation>Aus Datei entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Remove the Plaintext Key</source>
        <translation>Klartext-Schlüssel entfernen</translation>
    </message>
</context>
<context>
    <name>chcloud::CommandPalette</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Go to a page, run an action or find a service or key by name</source>
        <translation>Eine Seite öffnen, eine Aktion ausführen oder einen Dienst oder Schlüssel nach Namen finden</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Go to a page, run an action, find a service or key…</source>
        <translation>Seite öffnen, Aktion ausführen, Dienst oder Schlüssel finden…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Type part of a name or its initials; Enter runs the selected entry, Escape closes.</source>
        <translation>Teil eines Namens oder seine Anfangsbuchstaben eingeben; Eingabe führt den gewählten Eintrag aus, Escape schließt.</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
</context>
<context>
    <name>chcloud::DateRangeBar</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>(UTC)</source>
        <translation>(UTC)</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>Den letzten Tag anzeigen</numerusform>
            <numerusform>Die letzten %n Tage anzeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::DemoEmulator</name>
    <message>
        <source>The demo emulator did not report its port in time.</source>
        <translation>Der Demo-Emulator hat seinen Port nicht rechtzeitig gemeldet.</translation>
    </message>
    <message>
        <source>Could not start the demo emulator %1: %2</source>
        <translation>Der Demo-Emulator %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The demo emulator exited (code %1). %2</source>
        <translation>Der Demo-Emulator wurde beendet (Code %1). %2</translation>
    </message>
    <message>
        <source>The demo emulator printed an unexpected first line: %1</source>
        <translation>Der Demo-Emulator gab eine unerwartete erste Zeile aus: %1</translation>
    </message>
    <message>
        <source>The demo emulator did not hand over its key.</source>
        <translation>Der Demo-Emulator hat seinen Schlüssel nicht übergeben.</translation>
    </message>
</context>
<context>
    <name>chcloud::InvitationsModel</name>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>chcloud::InvitationsViewModel</name>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invitations could not be read.</source>
        <translation>
            <numerusform>%1 von %n Einladung konnte nicht gelesen werden.</numerusform>
            <numerusform>%1 von %n Einladungen konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::InviteDialog</name>
    <message>
        <source>Invite a Member</source>
        <translation>Mitglied einladen</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Send Invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>The person receives an e-mail and joins the organization when accepting it. Invitations expire after a while.</source>
        <translation>Die Person erhält eine E-Mail und tritt der Organisation bei, wenn sie die Einladung annimmt. Einladungen laufen nach einiger Zeit ab.</translation>
    </message>
</context>
<context>
    <name>chcloud::IpAccessListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Allow from anywhere…</source>
        <translation>Von überall erlauben…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>IP address or CIDR, e.g. 203.0.113.0/24</source>
        <translation>IP oder CIDR, z. B. 203.0.113.0/24</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Beschreibung (optional)</translation>
    </message>
    <message>
        <source>Adds 0.0.0.0/0: every address on the internet may connect.</source>
        <translation>Fügt 0.0.0.0/0 hinzu: Jede Adresse im Internet kann sich verbinden.</translation>
    </message>
    <message>
        <source>The list is empty: the service accepts no traffic from anywhere.</source>
        <translation>Die Liste ist leer: Der Dienst nimmt von nirgendwo Verbindungen an.</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>The list is open to anywhere (0.0.0.0/0 or ::/0): every address on the internet may connect.</source>
        <translation>Die Liste ist für alle offen (0.0.0.0/0 oder ::/0): Jede Adresse im Internet kann sich verbinden.</translation>
    </message>
    <message>
        <source>IP address or CIDR</source>
        <translation>IP-Adresse oder CIDR</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>chcloud::IpAccessListModel</name>
    <message>
        <source>%1 (anywhere)</source>
        <translation>%1 (überall)</translation>
    </message>
    <message>
        <source>This entry lets every address on the internet connect to the service.</source>
        <translation>Mit diesem Eintrag kann sich jede Adresse im Internet mit dem Dienst verbinden.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
</context>
<context>
    <name>chcloud::KeyQueryEndpointScan</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The services could not be checked: %1</source>
        <translation>Die Dienste konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The organization has no services.</source>
        <translation>Die Organisation hat keine Dienste.</translation>
    </message>
    <message>
        <source>No query endpoint among the services checked lets this key in.</source>
        <translation>Kein Query-Endpunkt der geprüften Dienste lässt diesen Schlüssel zu.</translation>
    </message>
    <message>
        <source>This key can query: %1.</source>
        <translation>Dieser Schlüssel kann abfragen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n services; the others were not read.</source>
        <translation>
            <numerusform>%1 von %n Dienst geprüft; die anderen wurden nicht gelesen.</numerusform>
            <numerusform>%1 von %n Diensten geprüft; die anderen wurden nicht gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked all %n services.</source>
        <translation>
            <numerusform>Den einen Dienst geprüft.</numerusform>
            <numerusform>Alle %n Dienste geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the query endpoint of: %1</source>
        <translation>Query-Endpunkt nicht lesbar bei: %1</translation>
    </message>
</context>
<context>
    <name>chcloud::KeyReveal</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The profile could not be created: %1</source>
        <translation>Das Profil konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The profile could not be created.</source>
        <translation>Das Profil konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain, so no profile was created. %1 Copy the secret now: it cannot be shown again.</source>
        <translation>Das Geheimnis konnte nicht im Systemschlüsselbund gespeichert werden, daher wurde kein Profil erstellt. %1 Kopieren Sie das Geheimnis jetzt: Es kann nicht erneut angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>chcloud::KeyRevealDialog</name>
    <message>
        <source>Your new API key</source>
        <translation>Ihr neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will not see this secret again.&lt;/b&gt; Copy it now or save it as a profile in the system keychain before you close this window.</source>
        <translation>&lt;b&gt;Sie werden dieses Geheimnis nicht wieder sehen.&lt;/b&gt; Kopieren Sie es jetzt oder speichern Sie es als Profil im Systemschlüsselbund, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Key secret:</source>
        <translation>Schlüsselgeheimnis:</translation>
    </message>
    <message>
        <source>Save as a profile in the keychain</source>
        <translation>Als Profil im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>The secret is on the clipboard; it will be cleared from there shortly.</source>
        <translation>Das Geheimnis ist in der Zwischenablage; es wird dort in Kürze gelöscht.</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>Wird im Systemschlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved: the profile “%1” now signs in with this key.</source>
        <translation>Gespeichert: Das Profil „%1“ meldet sich jetzt mit diesem Schlüssel an.</translation>
    </message>
    <message>
        <source>Close without keeping the secret?</source>
        <translation>Schließen, ohne das Geheimnis zu behalten?</translation>
    </message>
    <message>
        <source>You have not copied the secret or saved it as a profile. Once this window closes, nobody can show it again: you would have to create another key.</source>
        <translation>Sie haben das Geheimnis weder kopiert noch als Profil gespeichert. Sobald dieses Fenster geschlossen ist, kann es niemand mehr anzeigen: Sie müssten einen neuen Schlüssel erstellen.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>chcloud::KeyRotation</name>
    <message>
        <source> (rotated %1)</source>
        <translation> (rotiert %1)</translation>
    </message>
    <message>
        <source>Create the replacement key</source>
        <translation>Ersatzschlüssel erstellen</translation>
    </message>
    <message>
        <source>Store its secret for this profile</source>
        <translation>Sein Geheimnis für dieses Profil speichern</translation>
    </message>
    <message>
        <source>Check that the new key works</source>
        <translation>Prüfen, ob der neue Schlüssel funktioniert</translation>
    </message>
    <message>
        <source>Disable the old key</source>
        <translation>Alten Schlüssel deaktivieren</translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation>Alten Schlüssel löschen</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no signed-in profile to rotate the key of.</source>
        <translation>Nichts wurde geändert: Es gibt kein angemeldetes Profil, dessen Schlüssel rotiert werden könnte.</translation>
    </message>
    <message>
        <source>Nothing was changed: the replacement key could not be created. %1</source>
        <translation>Nichts wurde geändert: Der Ersatzschlüssel konnte nicht erstellt werden. %1</translation>
    </message>
    <message>
        <source>“%1”, key ID ending in %2</source>
        <translation>„%1“, Schlüssel-ID endet auf %2</translation>
    </message>
    <message>
        <source>profile not found</source>
        <translation>Profil nicht gefunden</translation>
    </message>
    <message>
        <source>kept in memory for this session only (session-only profile)</source>
        <translation>nur für diese Sitzung im Arbeitsspeicher gehalten (Sitzungsprofil)</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>im Systemschlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>the organization answered</source>
        <translation>die Organisation hat geantwortet</translation>
    </message>
    <message>
        <source>The new key “%1” works and is stored for this profile, and the old key “%2” is disabled, but it could not be deleted: %3</source>
        <translation>Der neue Schlüssel „%1“ funktioniert und ist für dieses Profil gespeichert, und der alte Schlüssel „%2“ ist deaktiviert, konnte aber nicht gelöscht werden: %3</translation>
    </message>
    <message>
        <source>The new secret is kept in memory for this session only, because this profile is session-only.</source>
        <translation>Das neue Geheimnis wird nur für diese Sitzung im Arbeitsspeicher gehalten, da dieses Profil nur für die Sitzung gilt.</translation>
    </message>
    <message>
        <source>The new secret is stored in the system keychain.</source>
        <translation>Das neue Geheimnis ist im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Rotation complete: “%1” replaces “%2”, which was deleted.</source>
        <translation>Rotation abgeschlossen: „%1“ ersetzt „%2“, der gelöscht wurde.</translation>
    </message>
    <message>
        <source>Rotation complete: “%1” replaces “%2”, which is now disabled.</source>
        <translation>Rotation abgeschlossen: „%1“ ersetzt „%2“, der jetzt deaktiviert ist.</translation>
    </message>
    <message>
        <source>Switch this profile to the new key</source>
        <translation>Dieses Profil auf den neuen Schlüssel umstellen</translation>
    </message>
    <message>
        <source>This profile was not changed and still signs in with the old key, which is still enabled. The new key “%1” exists, but no session could be opened to check it: delete it on this page.</source>
        <translation>Dieses Profil wurde nicht geändert und meldet sich weiterhin mit dem alten Schlüssel an, der noch aktiviert ist. Der neue Schlüssel „%1“ existiert, aber es konnte keine Sitzung geöffnet werden, um ihn zu prüfen: Löschen Sie ihn auf dieser Seite.</translation>
    </message>
    <message>
        <source>This profile was not changed and still signs in with the old key, which is still enabled. The new key “%1” did not work when checked: %2 Delete it on this page.</source>
        <translation>Dieses Profil wurde nicht geändert und meldet sich weiterhin mit dem alten Schlüssel an, der noch aktiviert ist. Der neue Schlüssel „%1“ hat bei der Prüfung nicht funktioniert: %2 Löschen Sie ihn auf dieser Seite.</translation>
    </message>
    <message>
        <source>The new key “%1” exists and works, but the profile is gone, so its secret was not stored. The old key is still enabled. Copy the new secret from the window that opened: it cannot be shown again. To use the new key, add a profile with key ID %2 and that secret.</source>
        <translation>Der neue Schlüssel „%1“ existiert und funktioniert, aber das Profil ist nicht mehr vorhanden, daher wurde sein Geheimnis nicht gespeichert. Der alte Schlüssel ist noch aktiviert. Kopieren Sie das neue Geheimnis aus dem geöffneten Fenster: Es kann nicht erneut angezeigt werden. Um den neuen Schlüssel zu verwenden, legen Sie ein Profil mit der Schlüssel-ID %2 und diesem Geheimnis an.</translation>
    </message>
    <message>
        <source>The new key “%1” works, but its secret could not be stored: %2 This profile still signs in with the old key, which is still enabled. Copy the new secret from the window that opened: it cannot be shown again. Then either delete “%1” on this page, or edit this profile to use key ID %3 with that secret.</source>
        <translation>Der neue Schlüssel „%1“ funktioniert, aber sein Geheimnis konnte nicht gespeichert werden: %2 Dieses Profil meldet sich weiterhin mit dem alten Schlüssel an, der noch aktiviert ist. Kopieren Sie das neue Geheimnis aus dem geöffneten Fenster: Es kann nicht erneut angezeigt werden. Löschen Sie dann entweder „%1“ auf dieser Seite, oder bearbeiten Sie dieses Profil, sodass es die Schlüssel-ID %3 mit diesem Geheimnis verwendet.</translation>
    </message>
    <message>
        <source>The new key “%1” works, but the profile was removed before it could use it. The old key is still enabled. Copy the new secret from the window that opened: it cannot be shown again. To use the new key, add a profile with key ID %2 and that secret.</source>
        <translation>Der neue Schlüssel „%1“ funktioniert, aber das Profil wurde entfernt, bevor es ihn verwenden konnte. Der alte Schlüssel ist noch aktiviert. Kopieren Sie das neue Geheimnis aus dem geöffneten Fenster: Es kann nicht erneut angezeigt werden. Um den neuen Schlüssel zu verwenden, legen Sie ein Profil mit der Schlüssel-ID %2 und diesem Geheimnis an.</translation>
    </message>
    <message>
        <source>the profile could not be updated</source>
        <translation>das Profil konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The new key “%1” works, but this profile could not be switched to it, and its previous secret could not be put back. Copy the new secret from the window that opened: it cannot be shown again. Then edit this profile to use key ID %2 with that secret; the old key is still enabled.</source>
        <translation>Der neue Schlüssel „%1“ funktioniert, aber dieses Profil konnte nicht auf ihn umgestellt werden, und sein bisheriges Geheimnis konnte nicht wiederhergestellt werden. Kopieren Sie das neue Geheimnis aus dem geöffneten Fenster: Es kann nicht erneut angezeigt werden. Bearbeiten Sie dann dieses Profil, sodass es die Schlüssel-ID %2 mit diesem Geheimnis verwendet; der alte Schlüssel ist noch aktiviert.</translation>
    </message>
    <message>
        <source>The new key “%1” works, but this profile could not be switched to it; it still signs in with the old key, which is still enabled. Copy the new secret from the window that opened if you want to use it elsewhere; otherwise delete “%1” on this page.</source>
        <translation>Der neue Schlüssel „%1“ funktioniert, aber dieses Profil konnte nicht auf ihn umgestellt werden; es meldet sich weiterhin mit dem alten Schlüssel an, der noch aktiviert ist. Kopieren Sie das neue Geheimnis aus dem geöffneten Fenster, wenn Sie es anderswo verwenden möchten; löschen Sie andernfalls „%1“ auf dieser Seite.</translation>
    </message>
    <message>
        <source>The new key “%1” works, but this profile could not be switched to it, and its previous secret could not be put back: %2 Copy the new secret from the window that opened: it cannot be shown again. Then edit this profile to use key ID %3 with that secret; the old key is still enabled.</source>
        <translation>Der neue Schlüssel „%1“ funktioniert, aber dieses Profil konnte nicht auf ihn umgestellt werden, und sein bisheriges Geheimnis konnte nicht wiederhergestellt werden: %2 Kopieren Sie das neue Geheimnis aus dem geöffneten Fenster: Es kann nicht erneut angezeigt werden. Bearbeiten Sie dann dieses Profil, sodass es die Schlüssel-ID %3 mit diesem Geheimnis verwendet; der alte Schlüssel ist noch aktiviert.</translation>
    </message>
    <message>
        <source>now signs in with key ID %1</source>
        <translation>meldet sich jetzt mit der Schlüssel-ID %1 an</translation>
    </message>
    <message>
        <source>The new key “%1” exists, works and is stored for this profile, which now signs in with it, but the old key “%2” is still enabled: %3 Disable it on this page when you can.</source>
        <translation>Der neue Schlüssel „%1“ existiert, funktioniert und ist für dieses Profil gespeichert, das sich jetzt damit anmeldet, aber der alte Schlüssel „%2“ ist noch aktiviert: %3 Deaktivieren Sie ihn bei Gelegenheit auf dieser Seite.</translation>
    </message>
</context>
<context>
    <name>chcloud::KeyRotationDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>API-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Replace “%1”, the key this profile signs in with, by a new key with the same roles and IP access list. Each step is checked before the next one starts; if one fails, nothing after it happens.</source>
        <translation>„%1“, den Schlüssel, mit dem sich dieses Profil anmeldet, durch einen neuen Schlüssel mit denselben Rollen und derselben IP-Zugriffsliste ersetzen. Jeder Schritt wird geprüft, bevor der nächste beginnt; schlägt einer fehl, wird nichts Weiteres ausgeführt.</translation>
    </message>
    <message>
        <source>Delete the old key afterwards (otherwise it is only disabled)</source>
        <translation>Alten Schlüssel anschließend löschen (sonst wird er nur deaktiviert)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 — working…</source>
        <translation>%1. %2 – läuft…</translation>
    </message>
    <message>
        <source>%1. %2 — done</source>
        <translation>%1. %2 – erledigt</translation>
    </message>
    <message>
        <source>%1. %2 — failed</source>
        <translation>%1. %2 – fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>chcloud::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>Systemschlüsselbund</translation>
    </message>
</context>
<context>
    <name>chcloud::KeysPage</name>
    <message>
        <source>Loading API keys…</source>
        <translation>API-Schlüssel werden geladen…</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>This organization has no API keys yet.
Create one to use the ClickHouse Cloud API from scripts, CI or this app.</source>
        <translation>Diese Organisation hat noch keine API-Schlüssel.
Erstellen Sie einen, um die ClickHouse Cloud API aus Skripten, CI oder dieser App zu verwenden.</translation>
    </message>
    <message>
        <source>Create your first API key</source>
        <translation>Ersten API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Filter by name, key ID, role or creator</source>
        <translation>Nach Name, Schlüssel-ID, Rolle oder Ersteller filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable the key this app uses?</source>
        <translation>Den Schlüssel dieser App deaktivieren?</translation>
    </message>
    <message>
        <source>“%1” is the key this profile signs in with. Once it is disabled, this app loses access to the organization until you sign in with another key.</source>
        <translation>Mit „%1“ meldet sich dieses Profil an. Sobald er deaktiviert ist, verliert diese App den Zugriff auf die Organisation, bis Sie sich mit einem anderen Schlüssel anmelden.</translation>
    </message>
    <message>
        <source>This key cannot delete itself</source>
        <translation>Dieser Schlüssel kann sich nicht selbst löschen</translation>
    </message>
    <message>
        <source>“%1” is (or is probably) the key this profile signs in with, and a key cannot delete itself. Sign in with another key to delete it, or rotate it to replace it safely.</source>
        <translation>Mit „%1“ meldet sich dieses Profil (vermutlich) an, und ein Schlüssel kann sich nicht selbst löschen. Melden Sie sich mit einem anderen Schlüssel an, um ihn zu löschen, oder rotieren Sie ihn, um ihn sicher zu ersetzen.</translation>
    </message>
    <message>
        <source>Delete API key?</source>
        <translation>API-Schlüssel löschen?</translation>
    </message>
    <message>
        <source>Delete the API key “%1” (key ID ending in %2)? This is permanent: anything using it loses access.</source>
        <translation>Den API-Schlüssel „%1“ (Schlüssel-ID endet auf %2) löschen? Dies ist endgültig: Alles, was ihn verwendet, verliert den Zugriff.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Rotation replaces the key this app uses</source>
        <translation>Die Rotation ersetzt den Schlüssel dieser App</translation>
    </message>
    <message>
        <source>Guided rotation replaces the key the current profile signs in with and stores the new secret for it. “%1” is not that key: create a new key and update whatever uses this one, then delete it.</source>
        <translation>Die geführte Rotation ersetzt den Schlüssel, mit dem sich das aktuelle Profil anmeldet, und speichert das neue Geheimnis dafür. „%1“ ist nicht dieser Schlüssel: Erstellen Sie einen neuen Schlüssel, stellen Sie alles, was diesen verwendet, darauf um, und löschen Sie ihn dann.</translation>
    </message>
    <message>
        <source>Looking up who created the keys: %1 of %2 months read…</source>
        <translation>Ersteller der Schlüssel werden ermittelt: %1 von %2 Monaten gelesen…</translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation>API-Schlüssel filtern</translation>
    </message>
    <message>
        <source>Key state</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <source>Keys health:</source>
        <translation>Zustand der Schlüssel:</translation>
    </message>
    <message>
        <source>Never used (%1)</source>
        <translation>Nie benutzt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Unused for %n days (%1)</source>
        <translation>
            <numerusform>Seit %n Tag unbenutzt (%1)</numerusform>
            <numerusform>Seit %n Tagen unbenutzt (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open to anywhere (%1)</source>
        <translation>Von überall erreichbar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n days (%1)</source>
        <translation>
            <numerusform>Läuft innerhalb von %n Tag ab (%1)</numerusform>
            <numerusform>Läuft innerhalb von %n Tagen ab (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Query Endpoints…</source>
        <translation>Query-Endpunkte…</translation>
    </message>
    <message numerus="yes">
        <source>Which services this key can query through their query endpoints (reads at most %n services)</source>
        <translation>
            <numerusform>Welche Dienste dieser Schlüssel über ihre Query-Endpunkte abfragen kann (liest höchstens %n Dienst)</numerusform>
            <numerusform>Welche Dienste dieser Schlüssel über ihre Query-Endpunkte abfragen kann (liest höchstens %n Dienste)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Query Endpoints of %1</source>
        <translation>Query-Endpunkte für %1</translation>
    </message>
</context>
<context>
    <name>chcloud::MainWindow</name>
    <message>
        <source>Request Log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
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
        <source>Reload the current page (F5)</source>
        <translation>Aktuelle Seite neu laden (F5)</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>Anfrage&amp;protokoll</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Über %1</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1 %2
A desktop console for the ClickHouse Cloud management API.</source>
        <translation>%1 %2
Eine Desktop-Konsole für die ClickHouse Cloud Management API.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The API allows 10 requests per 10 seconds per key; the app queues the rest.</source>
        <translation>Die API erlaubt 10 Anfragen pro 10 Sekunden und Schlüssel; weitere stellt die App in eine Warteschlange.</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>%1 · %2 · this session only</source>
        <translation>%1 · %2 · nur diese Sitzung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation>Alles &amp;vergessen…</translation>
    </message>
    <message>
        <source>Forget Everything</source>
        <translation>Alles vergessen</translation>
    </message>
    <message>
        <source>Remove everything this application keeps on this computer and sign out?</source>
        <translation>Alles entfernen, was diese Anwendung auf diesem Computer speichert, und abmelden?</translation>
    </message>
    <message>
        <source>This goes:
• %1

Nothing changes in ClickHouse Cloud: keys and services stay.</source>
        <translation>Entfernt wird:
• %1

In ClickHouse Cloud ändert sich nichts: Schlüssel und Dienste bleiben bestehen.</translation>
    </message>
    <message>
        <source>%1

You are still signed in with “%2”.</source>
        <translation>%1

Sie sind weiterhin mit „%2“ angemeldet.</translation>
    </message>
    <message>
        <source>Switching profile failed</source>
        <translation>Profilwechsel fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>chcloud::MemberRolesDialog</name>
    <message>
        <source>Change Roles</source>
        <translation>Rollen ändern</translation>
    </message>
    <message>
        <source>Roles of &lt;b&gt;%1&lt;/b&gt; in this organization:</source>
        <translation>Rollen von &lt;b&gt;%1&lt;/b&gt; in dieser Organisation:</translation>
    </message>
</context>
<context>
    <name>chcloud::MembersModel</name>
    <message>
        <source>User ID: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
</context>
<context>
    <name>chcloud::MembersPage</name>
    <message>
        <source>Could not load members: %1</source>
        <translation>Die Mitglieder konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation>Mitglied entfernt.</translation>
    </message>
    <message>
        <source>Roles changed.</source>
        <translation>Rollen geändert.</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>Invitation revoked.</source>
        <translation>Einladung widerrufen.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Filter members by name, e-mail or role</source>
        <translation>Mitglieder nach Name, E-Mail oder Rolle filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Change Roles…</source>
        <translation>Rollen ändern…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Mitglieder (%1)</translation>
    </message>
    <message>
        <source>Pending invitations (%1)</source>
        <translation>Offene Einladungen (%1)</translation>
    </message>
    <message>
        <source>Revoke Invitation</source>
        <translation>Einladung widerrufen</translation>
    </message>
    <message>
        <source>Revoke the invitation for %1? The link in their e-mail stops working.</source>
        <translation>Die Einladung für %1 widerrufen? Der Link in der E-Mail funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the organization? They lose access to the organization and its services at once.</source>
        <translation>%1 aus der Organisation entfernen? Die Person verliert sofort den Zugriff auf die Organisation und ihre Dienste.</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
</context>
<context>
    <name>chcloud::MembersViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Wählen Sie mindestens eine Rolle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n members could not be read.</source>
        <translation>
            <numerusform>%1 von %n Mitglied konnte nicht gelesen werden.</numerusform>
            <numerusform>%1 von %n Mitgliedern konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::NetworkTransport</name>
    <message>
        <source>The reply is larger than %1; the transfer was stopped.</source>
        <translation>Die Antwort ist größer als %1; die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1: only https:// (or http:// to this computer, as 127.0.0.1 or [::1]) is allowed</source>
        <translation>Zugangsdaten werden nicht an %1 gesendet: Nur https:// (oder http:// zu diesem Computer, als 127.0.0.1 oder [::1]) ist erlaubt</translation>
    </message>
</context>
<context>
    <name>chcloud::NetworkingTab</name>
    <message>
        <source>IP access list</source>
        <translation>IP-Zugriffsliste</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>Privater Endpunkt</translation>
    </message>
    <message>
        <source>vpce-0123456789abcdef0</source>
        <translation>vpce-0123456789abcdef0</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Add endpoint ID</source>
        <translation>Endpunkt-ID hinzufügen</translation>
    </message>
    <message>
        <source>Endpoint ID:</source>
        <translation>Endpunkt-ID:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Endpoint service: %1</source>
        <translation>Endpunktdienst: %1</translation>
    </message>
    <message>
        <source>Private DNS host: %1</source>
        <translation>Privater DNS-Host: %1</translation>
    </message>
    <message>
        <source>Private endpoints of this service: %1</source>
        <translation>Private Endpunkte dieses Dienstes: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Private endpoint %1 added.</source>
        <translation>Privater Endpunkt %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Empty IP access list</source>
        <translation>Leere IP-Zugriffsliste</translation>
    </message>
    <message>
        <source>With an empty IP access list the service accepts no traffic at all. Apply anyway?</source>
        <translation>Mit einer leeren IP-Zugriffsliste nimmt der Dienst keinerlei Verbindungen an. Trotzdem anwenden?</translation>
    </message>
    <message>
        <source>Block all traffic</source>
        <translation>Jeden Datenverkehr blockieren</translation>
    </message>
    <message>
        <source>Open to anywhere</source>
        <translation>Für alle offen</translation>
    </message>
    <message>
        <source>0.0.0.0/0 lets every address on the internet connect to the service. Apply anyway?</source>
        <translation>0.0.0.0/0 erlaubt jeder Adresse im Internet, sich mit dem Dienst zu verbinden. Trotzdem anwenden?</translation>
    </message>
    <message>
        <source>Allow from anywhere</source>
        <translation>Von überall erlauben</translation>
    </message>
    <message>
        <source>IP access list updated.</source>
        <translation>IP-Zugriffsliste aktualisiert.</translation>
    </message>
</context>
<context>
    <name>chcloud::NotificationPresenter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>chcloud::Notifier</name>
    <message>
        <source>The key this profile signs in with, “%1”, expires on %2. Rotate it before then (API Keys ▸ Rotate).</source>
        <translation>Der Schlüssel, mit dem sich dieses Profil anmeldet, „%1“, läuft am %2 ab. Tauschen Sie ihn vorher aus (API-Schlüssel ▸ Rotieren).</translation>
    </message>
    <message>
        <source>The API key “%1” expires on %2.</source>
        <translation>Der API-Schlüssel „%1“ läuft am %2 ab.</translation>
    </message>
    <message>
        <source>API key expires soon</source>
        <translation>API-Schlüssel läuft bald ab</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Background requests keep failing</source>
        <translation>Hintergrundanfragen schlagen wiederholt fehl</translation>
    </message>
    <message>
        <source>The last %1 background requests failed (the last one: %2 %3, %4). What the pages show may be out of date until they succeed again.</source>
        <translation>Die letzten %1 Hintergrundanfragen sind fehlgeschlagen (zuletzt: %2 %3, %4). Was die Seiten zeigen, kann veraltet sein, bis sie wieder gelingen.</translation>
    </message>
    <message>
        <source>Starting “%1” failed: %2</source>
        <translation>Starten von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Stopping “%1” failed: %2</source>
        <translation>Stoppen von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Waking “%1” failed: %2</source>
        <translation>Aufwecken von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Deleting “%1” failed: %2</source>
        <translation>Löschen von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Service change failed</source>
        <translation>Änderung am Dienst fehlgeschlagen</translation>
    </message>
    <message>
        <source>Service deleted</source>
        <translation>Dienst gelöscht</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Dienst gestartet</translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation>Dienst gestoppt</translation>
    </message>
    <message>
        <source>Service awake</source>
        <translation>Dienst aufgeweckt</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>„%1“ ist jetzt %2.</translation>
    </message>
    <message>
        <source>“%1” ended up %2.</source>
        <translation>„%1“ ist stattdessen %2.</translation>
    </message>
</context>
<context>
    <name>chcloud::OrganizationPage</name>
    <message>
        <source>Could not load the organization: %1</source>
        <translation>Die Organisation konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Organization renamed to %1.</source>
        <translation>Organisation in %1 umbenannt.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Copy the organization ID</source>
        <translation>Organisations-ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Crash reports:</source>
        <translation>Absturzberichte:</translation>
    </message>
    <message>
        <source>Bring your own cloud:</source>
        <translation>Eigene Cloud (BYOC):</translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation>Private Endpunkte</translation>
    </message>
    <message>
        <source>No private endpoints are allowed for this organization.</source>
        <translation>Für diese Organisation sind keine privaten Endpunkte erlaubt.</translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation>Ermitteln</translation>
    </message>
    <message>
        <source>Endpoint service to connect your private endpoint to</source>
        <translation>Endpunktdienst, mit dem Ihr privater Endpunkt verbunden wird</translation>
    </message>
    <message>
        <source>Endpoint service in</source>
        <translation>Endpunktdienst in</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2 %3, %4)</source>
        <translation>%1 (%2 %3, %4)</translation>
    </message>
    <message>
        <source>Organization ID copied.</source>
        <translation>Organisations-ID kopiert.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird ermittelt…</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>Organisations-ID</translation>
    </message>
    <message>
        <source>Endpoint service provider</source>
        <translation>Anbieter des Endpunktdienstes</translation>
    </message>
    <message>
        <source>Endpoint service region</source>
        <translation>Region des Endpunktdienstes</translation>
    </message>
    <message>
        <source>Endpoint service ID</source>
        <translation>ID des Endpunktdienstes</translation>
    </message>
</context>
<context>
    <name>chcloud::OrganizationViewModel</name>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>Der Name ist zu lang: höchstens %n Zeichen.</numerusform>
            <numerusform>Der Name ist zu lang: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name cannot contain control characters.</source>
        <translation>Der Name darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>chcloud::Page</name>
    <message>
        <source>Your API key lacks the permission %1.</source>
        <translation>Ihrem API-Schlüssel fehlt die Berechtigung %1.</translation>
    </message>
</context>
<context>
    <name>chcloud::PasswordRevealDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>This is the password of the &lt;b&gt;default&lt;/b&gt; user of &lt;b&gt;%1&lt;/b&gt;. It is shown only now: copy it or store it before closing this window.</source>
        <translation>Dies ist das Passwort des Benutzers &lt;b&gt;default&lt;/b&gt; von &lt;b&gt;%1&lt;/b&gt;. Es wird nur jetzt angezeigt: Kopieren oder speichern Sie es, bevor Sie dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Copies the password; the clipboard is cleared after 30 seconds if it still holds it.</source>
        <translation>Kopiert das Passwort; die Zwischenablage wird nach 30 Sekunden geleert, falls sie es dann noch enthält.</translation>
    </message>
    <message>
        <source>Keeps the password in: %1</source>
        <translation>Speichert das Passwort in: %1</translation>
    </message>
    <message>
        <source>No keychain is available in this session.</source>
        <translation>In dieser Sitzung ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds if it still holds the password.</source>
        <translation>Kopiert. Die Zwischenablage wird in 30 Sekunden geleert, falls sie das Passwort dann noch enthält.</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>chcloud::PreferencesDialog</name>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the application starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start der Anwendung wirksam.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A copied key secret or password is taken off the clipboard after this time. It cannot be turned off.</source>
        <translation>Ein kopiertes Schlüsselgeheimnis oder Passwort wird nach dieser Zeit aus der Zwischenablage entfernt. Dies lässt sich nicht abschalten.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation>&amp;Zwischenablage leeren nach:</translation>
    </message>
    <message>
        <source>Warn about keys expiring &amp;within:</source>
        <translation>Warnen bei Schlüsselablauf &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Reloads the page on screen at this interval. Every page load counts against the API&apos;s limit of 10 requests per 10 seconds per key.</source>
        <translation>Lädt die angezeigte Seite in diesem Abstand neu. Jedes Laden zählt zum Limit der API von 10 Anfragen pro 10 Sekunden und Schlüssel.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>Alle %1 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>&amp;Refresh automatically:</source>
        <translation>Automatisch a&amp;ktualisieren:</translation>
    </message>
</context>
<context>
    <name>chcloud::PrivateEndpointsModel</name>
    <message>
        <source>Endpoint ID</source>
        <translation>Endpunkt-ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>chcloud::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>Die API-Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The profile needs an API key ID.</source>
        <translation>Das Profil braucht eine API-Schlüssel-ID.</translation>
    </message>
</context>
<context>
    <name>chcloud::ProfileDialog</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>API-Schlüssel-ID</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>API-Schlüsselgeheimnis</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API-Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Key &amp;ID:</source>
        <translation>Schlüssel-&amp;ID:</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>Schlüssel&amp;geheimnis:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>The key secret is kept in the system keychain, never in a file.</source>
        <translation>Das Schlüsselgeheimnis wird im Systemschlüsselbund aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>The profile can still be used until the application quits, with its secret held in memory only. It will not be saved.</source>
        <translation>Das Profil kann bis zum Beenden der Anwendung verwendet werden; sein Geheimnis wird dabei nur im Arbeitsspeicher gehalten. Es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>Nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>This URL uses plain http://: the key secret would travel unencrypted. It is only accepted for a server on this computer, written as 127.0.0.1 or [::1], and such a profile is never signed in automatically at start-up.</source>
        <translation>Diese URL verwendet einfaches http://: Das Schlüsselgeheimnis würde unverschlüsselt übertragen. Sie wird nur für einen Server auf diesem Computer akzeptiert, geschrieben als 127.0.0.1 oder [::1], und ein solches Profil wird beim Start nie automatisch angemeldet.</translation>
    </message>
</context>
<context>
    <name>chcloud::ProfileManagerDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (nur diese Sitzung)</translation>
    </message>
    <message>
        <source>Key %1 at %2</source>
        <translation>Schlüssel %1 bei %2</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its key secret from the keychain? The key itself stays valid in ClickHouse Cloud.</source>
        <translation>Das Profil „%1“ und sein Schlüsselgeheimnis aus dem Schlüsselbund entfernen? Der Schlüssel selbst bleibt in ClickHouse Cloud gültig.</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>chcloud::ProfilesViewModel</name>
    <message>
        <source>Enter the key ID and the key secret first.</source>
        <translation>Geben Sie zuerst die Schlüssel-ID und das Schlüsselgeheimnis ein.</translation>
    </message>
    <message>
        <source>The key works but belongs to no organization.</source>
        <translation>Der Schlüssel funktioniert, gehört aber zu keiner Organisation.</translation>
    </message>
    <message>
        <source>Enter the key secret.</source>
        <translation>Geben Sie das Schlüsselgeheimnis ein.</translation>
    </message>
    <message>
        <source>The profile could not be added.</source>
        <translation>Das Profil konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The profile could not be updated.</source>
        <translation>Das Profil konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The key secret could not be stored: %1</source>
        <translation>Das Schlüsselgeheimnis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>Dieses Profil gibt es nicht.</translation>
    </message>
    <message>
        <source>The profile is gone, but its keychain entry could not be removed: %1</source>
        <translation>Das Profil ist entfernt, aber sein Schlüsselbundeintrag konnte nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) with their key secrets: %1</source>
        <translation>
            <numerusform>%n Profil mit seinem Schlüsselgeheimnis: %1</numerusform>
            <numerusform>%n Profile mit ihren Schlüsselgeheimnissen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored service password(s)</source>
        <translation>
            <numerusform>%n gespeichertes Dienstpasswort</numerusform>
            <numerusform>%n gespeicherte Dienstpasswörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of this application in the system keychain</source>
        <translation>
            <numerusform>%n Eintrag dieser Anwendung im Systemschlüsselbund</numerusform>
            <numerusform>%n Einträge dieser Anwendung im Systemschlüsselbund</numerusform>
        </translation>
    </message>
    <message>
        <source>the application&apos;s settings (window layout, last page)</source>
        <translation>die Einstellungen der Anwendung (Fensteranordnung, letzte Seite)</translation>
    </message>
    <message>
        <source>Everything is forgotten: no profile, secret or setting of this application is left.</source>
        <translation>Alles ist vergessen: Von dieser Anwendung ist kein Profil, kein Geheimnis und keine Einstellung mehr vorhanden.</translation>
    </message>
    <message>
        <source>Profiles and settings are gone, but some keychain entries could not be removed: %1</source>
        <translation>Profile und Einstellungen sind entfernt, aber einige Schlüsselbundeinträge konnten nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>chcloud::QueryEndpointKeysModel</name>
    <message>
        <source>Key %1 (not in this organization&apos;s list)</source>
        <translation>Schlüssel %1 (nicht in der Liste dieser Organisation)</translation>
    </message>
</context>
<context>
    <name>chcloud::QueryEndpointTab</name>
    <message>
        <source>Read only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>API keys that may use the query endpoint</source>
        <translation>API-Schlüssel, die den Abfrage-Endpunkt nutzen dürfen</translation>
    </message>
    <message>
        <source>https://app.example.com, https://grafana.example.com</source>
        <translation>https://app.example.com, https://grafana.example.com</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>Erlaubte Ursprünge:</translation>
    </message>
    <message>
        <source>The query endpoint runs SQL over HTTP for the API keys checked below, with the console role given, from the browser origins listed.</source>
        <translation>Der Abfrage-Endpunkt führt SQL über HTTP aus – für die unten angehakten API-Schlüssel, mit der angegebenen Konsolenrolle, von den aufgeführten Browser-Ursprüngen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The query endpoint is enabled.</source>
        <translation>Der Abfrage-Endpunkt ist aktiviert.</translation>
    </message>
    <message>
        <source>The query endpoint is not enabled.</source>
        <translation>Der Abfrage-Endpunkt ist nicht aktiviert.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Query endpoint enabled.</source>
        <translation>Abfrage-Endpunkt aktiviert.</translation>
    </message>
    <message>
        <source>Query endpoint saved.</source>
        <translation>Abfrage-Endpunkt gespeichert.</translation>
    </message>
    <message>
        <source>Disable the query endpoint</source>
        <translation>Abfrage-Endpunkt deaktivieren</translation>
    </message>
    <message>
        <source>Programs that query this service over the endpoint stop working. Disable it?</source>
        <translation>Programme, die diesen Dienst über den Endpunkt abfragen, funktionieren dann nicht mehr. Deaktivieren?</translation>
    </message>
    <message>
        <source>Query endpoint disabled.</source>
        <translation>Abfrage-Endpunkt deaktiviert.</translation>
    </message>
</context>
<context>
    <name>chcloud::QuotasModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 of %2 (over the limit)</source>
        <translation>%1 von %2 (Limit überschritten)</translation>
    </message>
    <message>
        <source>%1 of %2 (limit reached)</source>
        <translation>%1 von %2 (Limit erreicht)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Per warehouse</source>
        <translation>Pro Warehouse</translation>
    </message>
    <message>
        <source>On request to support</source>
        <translation>Auf Anfrage beim Support</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Kontingent</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Can be raised</source>
        <translation>Erhöhbar</translation>
    </message>
</context>
<context>
    <name>chcloud::QuotasPanel</name>
    <message>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>Could not load the quotas: %1</source>
        <translation>Die Kontingente konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading quotas…</source>
        <translation>Kontingente werden geladen…</translation>
    </message>
    <message>
        <source>The organization reports no quotas.</source>
        <translation>Die Organisation meldet keine Kontingente.</translation>
    </message>
</context>
<context>
    <name>chcloud::QuotasViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>chcloud::RequestLogModel</name>
    <message>
        <source>bad request</source>
        <translation>ungültige Anfrage</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>failed dependency</source>
        <translation>fehlgeschlagene Abhängigkeit</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>Ratenlimit erreicht</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>refused: insecure URL</source>
        <translation>abgelehnt: unsichere URL</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
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
        <source>Queue wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>interaktiv</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>background</source>
        <translation>Hintergrund</translation>
    </message>
</context>
<context>
    <name>chcloud::RequestLogPanel</name>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copies the selected request as a curl command. The key is read from the environment variables CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET.</source>
        <translation>Kopiert die ausgewählte Anfrage als curl-Befehl. Der Schlüssel wird aus den Umgebungsvariablen CLICKHOUSE_CLOUD_API_KEY und CLICKHOUSE_CLOUD_API_SECRET gelesen.</translation>
    </message>
    <message>
        <source>Requests of this session, newest last. Secrets are never logged.</source>
        <translation>Anfragen dieser Sitzung, neueste zuletzt. Geheimnisse werden nie protokolliert.</translation>
    </message>
    <message>
        <source>Copied as curl; set CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET to run it.</source>
        <translation>Als curl kopiert; setzen Sie CLICKHOUSE_CLOUD_API_KEY und CLICKHOUSE_CLOUD_API_SECRET, um den Befehl auszuführen.</translation>
    </message>
</context>
<context>
    <name>chcloud::RoleEditorDialog</name>
    <message>
        <source>&amp;Add Policy</source>
        <translation>&amp;Richtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Policy</source>
        <translation>Richtlinie ent&amp;fernen</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>e.g. Service operators</source>
        <translation>z. B. Service-Betrieb</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Not named in the API document; used by a role of this organization.</source>
        <translation>Nicht im API-Dokument genannt; eine Rolle dieser Organisation verwendet sie.</translation>
    </message>
    <message>
        <source>organization/*, instance/*, instance/&lt;service id&gt;</source>
        <translation>organization/*, instance/*, instance/&lt;Service-ID&gt;</translation>
    </message>
    <message>
        <source>Save Role</source>
        <translation>Rolle speichern</translation>
    </message>
    <message>
        <source>Create Role</source>
        <translation>Rolle anlegen</translation>
    </message>
    <message>
        <source>Selected policy</source>
        <translation>Ausgewählte Richtlinie</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation>&amp;Wirkung:</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>&amp;Berechtigungen:</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>R&amp;essourcen:</translation>
    </message>
    <message>
        <source>Separate several with commas. organization/* is the whole organization, instance/* every service, instance/&lt;id&gt; one service.</source>
        <translation>Mehrere durch Kommas trennen. organization/* ist die ganze Organisation, instance/* jeder Service, instance/&lt;ID&gt; ein einzelner Service.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;olicies:</source>
        <translation>Richtl&amp;inien:</translation>
    </message>
    <message>
        <source>SQL console role %1</source>
        <translation>SQL-Konsolenrolle %1</translation>
    </message>
    <message>
        <source>grants %1</source>
        <translation>Grants %1</translation>
    </message>
    <message>
        <source>Kept as they are: %1.</source>
        <translation>Bleibt unverändert: %1.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>chcloud::RoleHoldersDialog</name>
    <message>
        <source>Assign Role</source>
        <translation>Rolle zuweisen</translation>
    </message>
    <message>
        <source>Members and API keys</source>
        <translation>Mitglieder und API-Schlüssel</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Mitglied: %1</translation>
    </message>
    <message>
        <source>Who holds the role “%1”:</source>
        <translation>Wer die Rolle „%1“ hat:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Only part of the change was saved:</source>
        <translation>Die Änderung wurde nur teilweise gespeichert:</translation>
    </message>
</context>
<context>
    <name>chcloud::RoleHoldersUpdate</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>%1: role given.</source>
        <translation>%1: Rolle zugewiesen.</translation>
    </message>
    <message>
        <source>%1: role taken away.</source>
        <translation>%1: Rolle entzogen.</translation>
    </message>
    <message>
        <source>%1: not changed: %2</source>
        <translation>%1: nicht geändert: %2</translation>
    </message>
</context>
<context>
    <name>chcloud::RolePicker</name>
    <message>
        <source>Organization-wide role (legacy roles: choose one)</source>
        <translation>Organisationsweite Rolle (Legacy-Rollen: eine auswählen)</translation>
    </message>
</context>
<context>
    <name>chcloud::RolesModel</name>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>(no effect given)</source>
        <translation>(keine Wirkung angegeben)</translation>
    </message>
    <message>
        <source>(no permissions)</source>
        <translation>(keine Berechtigungen)</translation>
    </message>
    <message>
        <source>(no resources)</source>
        <translation>(keine Ressourcen)</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 auf %3</translation>
    </message>
    <message>
        <source>; SQL console: %1</source>
        <translation>; SQL-Konsole: %1</translation>
    </message>
    <message>
        <source>; grants: %1</source>
        <translation>; Grants: %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>(no policies)</source>
        <translation>(keine Richtlinien)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Inhaber</translation>
    </message>
</context>
<context>
    <name>chcloud::RolesPanel</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation>Die Rollen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>Rollen werden geladen…</translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation>Neue Rolle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Create a custom role with its own policies</source>
        <translation>Eine eigene Rolle mit eigenen Richtlinien anlegen</translation>
    </message>
    <message>
        <source>Select a custom role first.</source>
        <translation>Wählen Sie zuerst eine eigene Rolle aus.</translation>
    </message>
    <message>
        <source>Change the name and policies of the selected role</source>
        <translation>Name und Richtlinien der ausgewählten Rolle ändern</translation>
    </message>
    <message>
        <source>Delete the selected role; whoever holds it loses it</source>
        <translation>Die ausgewählte Rolle löschen; wer sie innehat, verliert sie</translation>
    </message>
    <message>
        <source>Nobody holds it.</source>
        <translation>Niemand hat sie inne.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) or API key(s) hold it and will lose what it grants.</source>
        <translation>
            <numerusform>%n Mitglied oder API-Schlüssel hat sie inne und verliert, was sie gewährt.</numerusform>
            <numerusform>%n Mitglieder oder API-Schlüssel haben sie inne und verlieren, was sie gewährt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role “%1”? %2</source>
        <translation>Die Rolle „%1“ löschen? %2</translation>
    </message>
    <message>
        <source>The role was not deleted: %1</source>
        <translation>Die Rolle wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Choose which members and API keys hold the selected role</source>
        <translation>Festlegen, welche Mitglieder und API-Schlüssel die gewählte Rolle haben</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Zuerst eine Rolle auswählen.</translation>
    </message>
</context>
<context>
    <name>chcloud::RolesViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API-Schlüssel %1</translation>
    </message>
    <message>
        <source>System roles are defined by ClickHouse Cloud and cannot be changed or deleted.</source>
        <translation>Systemrollen legt ClickHouse Cloud fest; sie können weder geändert noch gelöscht werden.</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>Geben Sie der Rolle einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long: at most 255 characters.</source>
        <translation>Der Name ist zu lang: höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>A role named “%1” already exists.</source>
        <translation>Eine Rolle namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Add at least one policy: a role without one grants nothing.</source>
        <translation>Fügen Sie mindestens eine Richtlinie hinzu: Eine Rolle ohne Richtlinie gewährt nichts.</translation>
    </message>
    <message>
        <source>Policy %1: choose Allow or Deny.</source>
        <translation>Richtlinie %1: Wählen Sie Erlauben oder Verweigern.</translation>
    </message>
    <message>
        <source>Policy %1: choose at least one permission.</source>
        <translation>Richtlinie %1: Wählen Sie mindestens eine Berechtigung.</translation>
    </message>
    <message>
        <source>Policy %1: “%2” is not a permission.</source>
        <translation>Richtlinie %1: „%2“ ist keine Berechtigung.</translation>
    </message>
    <message>
        <source>Policy %1: name at least one resource, such as organization/* or instance/*.</source>
        <translation>Richtlinie %1: Nennen Sie mindestens eine Ressource, etwa organization/* oder instance/*.</translation>
    </message>
    <message>
        <source>Policy %1: “%2” is not a resource; write organization/*, instance/* or instance/&lt;service id&gt;.</source>
        <translation>Richtlinie %1: „%2“ ist keine Ressource; schreiben Sie organization/*, instance/* oder instance/&lt;Service-ID&gt;.</translation>
    </message>
    <message>
        <source>The role is no longer listed. Refresh and try again.</source>
        <translation>Die Rolle ist nicht mehr aufgeführt. Aktualisieren und erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 is no longer listed. Refresh and try again.</source>
        <translation>%1 ist nicht mehr aufgeführt. Aktualisieren und erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 would be left without any role. Give it another role first.</source>
        <translation>%1 hätte dann keine Rolle mehr. Zuerst eine andere Rolle zuweisen.</translation>
    </message>
    <message>
        <source>%1 has only a legacy role; change its roles on its own page.</source>
        <translation>%1 hat nur eine alte Rolle; die Rollen auf der eigenen Seite ändern.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>chcloud::ScalingEditor</name>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Scale to zero when idle</source>
        <translation>Bei Leerlauf auf null skalieren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Memory per replica:</source>
        <translation>Speicher pro Replikat:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Replikate:</translation>
    </message>
    <message>
        <source>Idle scaling:</source>
        <translation>Leerlauf-Skalierung:</translation>
    </message>
    <message>
        <source>Vertical: fixed replicas, memory scales</source>
        <translation>Vertikal: feste Replikatanzahl, Speicher skaliert</translation>
    </message>
    <message>
        <source>Horizontal: replicas scale, fixed memory</source>
        <translation>Horizontal: Replikate skalieren, fester Speicher</translation>
    </message>
    <message>
        <source>Autoscaling:</source>
        <translation>Autoskalierung:</translation>
    </message>
    <message>
        <source>Replicas between:</source>
        <translation>Replikate von:</translation>
    </message>
    <message>
        <source>Keep the current mode</source>
        <translation>Aktuellen Modus beibehalten</translation>
    </message>
    <message>
        <source>Keep the current mode (%1)</source>
        <translation>Aktuellen Modus beibehalten (%1)</translation>
    </message>
    <message>
        <source>Minimum memory per replica</source>
        <translation>Mindestspeicher pro Replikat</translation>
    </message>
    <message>
        <source>Maximum memory per replica</source>
        <translation>Höchstspeicher pro Replikat</translation>
    </message>
    <message>
        <source>Idle time before scaling to zero</source>
        <translation>Leerlaufzeit bis zur Skalierung auf null</translation>
    </message>
    <message>
        <source>Number of replicas</source>
        <translation>Anzahl der Replikate</translation>
    </message>
    <message>
        <source>Minimum number of replicas</source>
        <translation>Mindestanzahl der Replikate</translation>
    </message>
    <message>
        <source>Maximum number of replicas</source>
        <translation>Höchstanzahl der Replikate</translation>
    </message>
</context>
<context>
    <name>chcloud::ScalingTab</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Upgrade window</source>
        <translation>Upgrade-Fenster</translation>
    </message>
    <message>
        <source>Day of the upgrade window</source>
        <translation>Tag des Upgrade-Fensters</translation>
    </message>
    <message>
        <source>Hours of the upgrade window</source>
        <translation>Stunden des Upgrade-Fensters</translation>
    </message>
    <message>
        <source>%1:00–%2:00 UTC</source>
        <translation>%1:00–%2:00 UTC</translation>
    </message>
    <message>
        <source>Set window</source>
        <translation>Fenster festlegen</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>Fenster entfernen</translation>
    </message>
    <message>
        <source>Upgrade window set.</source>
        <translation>Upgrade-Fenster festgelegt.</translation>
    </message>
    <message>
        <source>Upgrade window removed.</source>
        <translation>Upgrade-Fenster entfernt.</translation>
    </message>
    <message>
        <source>Scaling schedule</source>
        <translation>Skalierungsplan</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>First hour of the entry (UTC)</source>
        <translation>Erste Stunde des Eintrags (UTC)</translation>
    </message>
    <message>
        <source>:00 UTC</source>
        <translation>:00 UTC</translation>
    </message>
    <message>
        <source>End hour of the entry (UTC)</source>
        <translation>Endstunde des Eintrags (UTC)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source> GiB per replica</source>
        <translation> GiB pro Replikat</translation>
    </message>
    <message>
        <source> replicas</source>
        <translation> Replikate</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Replikate:</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Clear schedule</source>
        <translation>Plan leeren</translation>
    </message>
    <message>
        <source>Scaling schedule saved.</source>
        <translation>Skalierungsplan gespeichert.</translation>
    </message>
    <message>
        <source>Clear the scaling schedule</source>
        <translation>Skalierungsplan leeren</translation>
    </message>
    <message>
        <source>Every entry of the schedule is removed; the service keeps its base scaling at all times. Clear it?</source>
        <translation>Alle Einträge des Plans werden entfernt; der Dienst behält jederzeit seine Grundskalierung. Leeren?</translation>
    </message>
    <message>
        <source>Scaling schedule cleared.</source>
        <translation>Skalierungsplan geleert.</translation>
    </message>
    <message>
        <source>Scaling updated.</source>
        <translation>Skalierung aktualisiert.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No schedule: the service keeps its base scaling at all times.</source>
        <translation>Kein Plan: Der Dienst behält jederzeit seine Grundskalierung.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; “%1” is in effect now.</source>
        <translation>
            <numerusform>%n Eintrag; „%1“ gilt gerade.</numerusform>
            <numerusform>%n Einträge; „%1“ gilt gerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries; none is in effect now.</source>
        <translation>
            <numerusform>%n Eintrag; gerade gilt keiner.</numerusform>
            <numerusform>%n Einträge; gerade gilt keiner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrades may happen on %1 from %2:00 for %n hours (UTC).</source>
        <translation>
            <numerusform>Upgrades sind am %1 ab %2:00 für %n Stunde möglich (UTC).</numerusform>
            <numerusform>Upgrades sind am %1 ab %2:00 für %n Stunden möglich (UTC).</numerusform>
        </translation>
    </message>
    <message>
        <source>No upgrade window: upgrades may happen at any time.</source>
        <translation>Kein Upgrade-Fenster: Upgrades sind jederzeit möglich.</translation>
    </message>
    <message>
        <source>Save schedule*</source>
        <translation>Plan speichern*</translation>
    </message>
</context>
<context>
    <name>chcloud::ScheduleEntriesModel</name>
    <message>
        <source>%1 (active now)</source>
        <translation>%1 (gilt gerade)</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1–%2 GiB</source>
        <translation>%1–%2 GiB</translation>
    </message>
    <message numerus="yes">
        <source>%n replicas</source>
        <translation>
            <numerusform>%n Replikat</numerusform>
            <numerusform>%n Replikate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 replicas</source>
        <translation>%1–%2 Replikate</translation>
    </message>
    <message>
        <source>idles</source>
        <translation>ruht im Leerlauf</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of weekdays</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>%1–%2 UTC</source>
        <translation>%1–%2 UTC</translation>
    </message>
    <message>
        <source>Give the entry a name.</source>
        <translation>Geben Sie dem Eintrag einen Namen.</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>The entry must start and end at different hours.</source>
        <translation>Der Eintrag muss zu verschiedenen Stunden beginnen und enden.</translation>
    </message>
    <message>
        <source>Memory per replica is a multiple of 4 GiB from 8 to 356.</source>
        <translation>Arbeitsspeicher pro Replikat ist ein Vielfaches von 4 GiB zwischen 8 und 356.</translation>
    </message>
    <message>
        <source>The smallest memory may not exceed the largest.</source>
        <translation>Der kleinste Arbeitsspeicher darf den größten nicht übersteigen.</translation>
    </message>
    <message>
        <source>Replicas go from 1 to 20.</source>
        <translation>Replikate: 1 bis 20.</translation>
    </message>
    <message>
        <source>The idle timeout is at least 5 minutes.</source>
        <translation>Die Leerlaufzeit beträgt mindestens 5 Minuten.</translation>
    </message>
</context>
<context>
    <name>chcloud::ScheduleWeekView</name>
    <message>
        <source>Week view of the scaling schedule</source>
        <translation>Wochenansicht des Skalierungsplans</translation>
    </message>
    <message numerus="yes">
        <source>%n hours of the week have a schedule entry.</source>
        <translation>
            <numerusform>%n Stunde der Woche hat einen Planeintrag.</numerusform>
            <numerusform>%n Stunden der Woche haben einen Planeintrag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ScreenshotTaker</name>
    <message>
        <source>The page “%1” did not finish loading within %2 s; saved what was on screen.</source>
        <translation>Die Seite „%1“ wurde nicht innerhalb von %2 s fertig geladen; der Bildschirminhalt wurde gespeichert.</translation>
    </message>
    <message>
        <source>There is no page “%1”.</source>
        <translation>Es gibt keine Seite „%1“.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1, but the page shows an error: %2</source>
        <translation>%1 gespeichert, aber die Seite zeigt einen Fehler: %2</translation>
    </message>
    <message>
        <source>Saved %1. Warning: %2</source>
        <translation>%1 gespeichert. Warnung: %2</translation>
    </message>
    <message>
        <source>The page “%1” has no part “%2”.</source>
        <translation>Die Seite „%1“ hat keinen Teil „%2“.</translation>
    </message>
</context>
<context>
    <name>chcloud::SecretResult</name>
    <message>
        <source>No saved secret was found for this profile.</source>
        <translation>Für dieses Profil wurde kein gespeichertes Geheimnis gefunden.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key secret cannot be saved. You can still sign in for this session only; the secret is then forgotten when the application quits.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher kann das Geheimnis des API-Schlüssels nicht gespeichert werden. Sie können sich trotzdem nur für diese Sitzung anmelden; das Geheimnis wird dann beim Beenden der Anwendung vergessen.</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked: unlock it and try again.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert. Vielleicht ist er gesperrt: Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>Der Systemschlüsselbund hat nicht innerhalb von %n Sekunde geantwortet. Vielleicht wartet er darauf, dass Sie ihn entsperren.</numerusform>
            <numerusform>Der Systemschlüsselbund hat nicht innerhalb von %n Sekunden geantwortet. Vielleicht wartet er darauf, dass Sie ihn entsperren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The system keychain is still busy with an earlier request, which may be waiting for you to unlock it. Try again once it has answered.</source>
        <translation>Der Systemschlüsselbund ist noch mit einer früheren Anfrage beschäftigt, die vielleicht darauf wartet, dass Sie ihn entsperren. Versuchen Sie es erneut, sobald er geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceBackupBucketViewModel</name>
    <message>
        <source>The backup bucket could not be loaded: %1</source>
        <translation>Der Backup-Bucket konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 wird benötigt.</translation>
    </message>
    <message>
        <source>The bucket path</source>
        <translation>Der Bucket-Pfad</translation>
    </message>
    <message>
        <source>The IAM role ARN</source>
        <translation>Die IAM-Rollen-ARN</translation>
    </message>
    <message>
        <source>An IAM role ARN starts with arn:.</source>
        <translation>Eine IAM-Rollen-ARN beginnt mit arn:.</translation>
    </message>
    <message>
        <source>The HMAC access key ID</source>
        <translation>Die HMAC-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>The HMAC secret</source>
        <translation>Das HMAC-Geheimnis</translation>
    </message>
    <message>
        <source>The container name</source>
        <translation>Der Containername</translation>
    </message>
    <message>
        <source>The connection string</source>
        <translation>Die Verbindungszeichenfolge</translation>
    </message>
    <message>
        <source>Pick a cloud provider for the bucket.</source>
        <translation>Wählen Sie einen Cloud-Anbieter für den Bucket.</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceCreateDialog</name>
    <message>
        <source>Create service</source>
        <translation>Dienst erstellen</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neuer Dienst</translation>
    </message>
    <message>
        <source>e.g. analytics-production</source>
        <translation>z. B. analytics-production</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Cloud provider:</source>
        <translation>Cloud-Anbieter:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>IP access list</source>
        <translation>IP-Zugriffsliste</translation>
    </message>
    <message>
        <source>Only these addresses may connect. Add your own network; 0.0.0.0/0 opens the service to the whole internet.</source>
        <translation>Nur diese Adressen können sich verbinden. Fügen Sie Ihr eigenes Netzwerk hinzu; 0.0.0.0/0 öffnet den Dienst für das gesamte Internet.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Empty IP access list</source>
        <translation>Leere IP-Zugriffsliste</translation>
    </message>
    <message>
        <source>With an empty IP access list the service accepts no traffic at all until you add an address. Create it anyway?</source>
        <translation>Mit einer leeren IP-Zugriffsliste nimmt der Dienst keinerlei Verbindungen an, bis Sie eine Adresse hinzufügen. Trotzdem erstellen?</translation>
    </message>
    <message>
        <source>Create without access</source>
        <translation>Ohne Zugriff erstellen</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>The organization has reached its limit of %n service(s) (quota %1).</source>
        <translation>
            <numerusform>Die Organisation hat ihr Limit von %n Dienst erreicht (Kontingent %1).</numerusform>
            <numerusform>Die Organisation hat ihr Limit von %n Diensten erreicht (Kontingent %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceDetailsPane</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Select a service to see its details.</source>
        <translation>Wählen Sie einen Dienst aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Query endpoint</source>
        <translation>Abfrage-Endpunkt</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceDetailsViewModel</name>
    <message>
        <source>The backups could not be loaded: %1</source>
        <translation>Die Backups konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The backup schedule could not be loaded: %1</source>
        <translation>Der Backup-Zeitplan konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The private endpoint configuration could not be loaded: %1</source>
        <translation>Die Konfiguration der privaten Endpunkte konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Backups are kept for whole days, from 1 to 45.</source>
        <translation>Backups werden ganze Tage lang aufbewahrt, 1 bis 45.</translation>
    </message>
    <message>
        <source>The interval between backups must be at least one hour.</source>
        <translation>Der Abstand zwischen Backups muss mindestens eine Stunde betragen.</translation>
    </message>
    <message>
        <source>The start time must be HH:MM (UTC), for example 02:30.</source>
        <translation>Die Startzeit muss im Format HH:MM (UTC) angegeben werden, zum Beispiel 02:30.</translation>
    </message>
    <message>
        <source>No service is selected.</source>
        <translation>Es ist kein Dienst ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backups could not be read.</source>
        <translation>
            <numerusform>%1 von %n Backup konnte nicht gelesen werden.</numerusform>
            <numerusform>%1 von %n Backups konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceInputRules</name>
    <message>
        <source>A tag key is 1–128 letters, digits, dots, dashes or underscores.</source>
        <translation>Ein Tag-Schlüssel besteht aus 1–128 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen.</translation>
    </message>
    <message>
        <source>A tag value is up to 256 letters, digits, dots, dashes or underscores.</source>
        <translation>Ein Tag-Wert besteht aus bis zu 256 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen.</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceOverviewTab</name>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&lt;b&gt;Endpoints&lt;/b&gt;</source>
        <translation>&lt;b&gt;Endpunkte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>Dienst-ID</translation>
    </message>
    <message>
        <source>Provider / region</source>
        <translation>Anbieter / Region</translation>
    </message>
    <message>
        <source>ClickHouse version</source>
        <translation>ClickHouse-Version</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Autoskalierung</translation>
    </message>
    <message>
        <source>Memory per replica</source>
        <translation>Speicher pro Replikat</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Idle scaling</source>
        <translation>Leerlauf-Skalierung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Release channel</source>
        <translation>Release-Kanal</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>empty — no traffic is allowed</source>
        <translation>leer – kein Datenverkehr erlaubt</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>IP access list</source>
        <translation>IP-Zugriffsliste</translation>
    </message>
    <message>
        <source>Copy host and port</source>
        <translation>Host und Port kopieren</translation>
    </message>
    <message>
        <source>Copy host and port of %1</source>
        <translation>Host und Port von %1 kopieren</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicePartViewModel</name>
    <message>
        <source>No service is selected.</source>
        <translation>Es ist kein Dienst ausgewählt.</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicePasswordVault</name>
    <message>
        <source>No keychain is available: the password was not stored.</source>
        <translation>Kein Schlüsselbund verfügbar: Das Passwort wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The password is stored in: %1.</source>
        <translation>Das Passwort ist gespeichert in: %1.</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Das Passwort wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicePrivateEndpointViewModel</name>
    <message>
        <source>The private endpoint configuration could not be loaded: %1</source>
        <translation>Die Konfiguration der privaten Endpunkte konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Enter the endpoint ID from your cloud account (for example vpce-0123456789abcdef0).</source>
        <translation>Geben Sie die Endpunkt-ID aus Ihrem Cloud-Konto ein (zum Beispiel vpce-0123456789abcdef0).</translation>
    </message>
    <message>
        <source>An endpoint ID is up to 255 letters, digits and . _ : / - characters.</source>
        <translation>Eine Endpunkt-ID besteht aus bis zu 255 Buchstaben, Ziffern und den Zeichen . _ : / -.</translation>
    </message>
    <message>
        <source>The description is longer than 255 characters.</source>
        <translation>Die Beschreibung ist länger als 255 Zeichen.</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceQueryEndpointViewModel</name>
    <message>
        <source>The query endpoint could not be loaded: %1</source>
        <translation>Der Abfrage-Endpunkt konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The API keys could not be loaded: %1</source>
        <translation>Die API-Schlüssel konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Pick at least one role for the query endpoint.</source>
        <translation>Wählen Sie mindestens eine Rolle für den Abfrage-Endpunkt.</translation>
    </message>
    <message>
        <source>Unknown role %1.</source>
        <translation>Unbekannte Rolle %1.</translation>
    </message>
    <message>
        <source>Separate the allowed origins with commas: “%1” has a space in it.</source>
        <translation>Trennen Sie die erlaubten Ursprünge mit Kommas: „%1“ enthält ein Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceScheduleViewModel</name>
    <message>
        <source>The scaling schedule could not be loaded: %1</source>
        <translation>Der Skalierungsplan konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The upgrade window could not be loaded: %1</source>
        <translation>Das Upgrade-Fenster konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>An upgrade window starts on a weekday at 00, 06, 12 or 18 UTC.</source>
        <translation>Ein Upgrade-Fenster beginnt an einem Wochentag um 00, 06, 12 oder 18 Uhr UTC.</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceSettingsViewModel</name>
    <message>
        <source>The ClickHouse settings could not be loaded: %1</source>
        <translation>Die ClickHouse-Einstellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 is on or off (1 or 0).</source>
        <translation>%1 ist an oder aus (1 oder 0).</translation>
    </message>
    <message>
        <source>%1 takes a whole number.</source>
        <translation>%1 erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 erwartet einen dieser Werte: %2.</translation>
    </message>
    <message>
        <source>%1 takes a number.</source>
        <translation>%1 erwartet eine Zahl.</translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation>Es gibt keine Einstellung %1.</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicesPage</name>
    <message>
        <source>The services could not be loaded: %1</source>
        <translation>Die Dienste konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neuer Dienst</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Awake</source>
        <translation>Aufwecken</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Filter by name, ID, region, version or tag</source>
        <translation>Nach Name, ID, Region, Version oder Tag filtern</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n services shown</source>
        <translation>
            <numerusform>%1 von %n Dienst angezeigt</numerusform>
            <numerusform>%1 von %n Diensten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the service before deleting it.</source>
        <translation>Stoppen Sie den Dienst, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <source>Delete the service</source>
        <translation>Dienst löschen</translation>
    </message>
    <message>
        <source>Service %1 is being created.</source>
        <translation>Dienst %1 wird erstellt.</translation>
    </message>
    <message>
        <source>Starting %1.</source>
        <translation>%1 wird gestartet.</translation>
    </message>
    <message>
        <source>Waking %1 up.</source>
        <translation>%1 wird aufgeweckt.</translation>
    </message>
    <message>
        <source>Stop service</source>
        <translation>Dienst stoppen</translation>
    </message>
    <message>
        <source>Stop %1? Running queries are interrupted and clients cannot connect until it is started again.</source>
        <translation>%1 stoppen? Laufende Abfragen werden abgebrochen, und Clients können sich erst wieder verbinden, wenn der Dienst erneut gestartet wurde.</translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation>%1 wird gestoppt.</translation>
    </message>
    <message>
        <source>Rename service</source>
        <translation>Dienst umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>In %1 umbenannt.</translation>
    </message>
    <message>
        <source>Generate a new password for the default user of %1? The current password stops working at once.</source>
        <translation>Ein neues Passwort für den Benutzer default von %1 erzeugen? Das aktuelle Passwort funktioniert dann sofort nicht mehr.</translation>
    </message>
    <message>
        <source>%1 must be stopped before it can be deleted.</source>
        <translation>%1 muss gestoppt werden, bevor der Dienst gelöscht werden kann.</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>Dienst löschen</translation>
    </message>
    <message>
        <source>This deletes %1 and all its data for good. Type the service name to confirm:</source>
        <translation>Dadurch werden %1 und alle zugehörigen Daten endgültig gelöscht. Geben Sie zur Bestätigung den Dienstnamen ein:</translation>
    </message>
    <message>
        <source>The name typed does not match %1: nothing was deleted.</source>
        <translation>Der eingegebene Name stimmt nicht mit %1 überein: Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation>Dienste filtern</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicesTableModel</name>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider / region</source>
        <translation>Anbieter / Region</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Autoskalierung</translation>
    </message>
    <message>
        <source>Memory per replica</source>
        <translation>Speicher pro Replikat</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Idle scaling</source>
        <translation>Leerlauf-Skalierung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1 — checking for changes</source>
        <translation>%1 – Änderungen werden geprüft</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>kein Status</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>Vertikal</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1–%2 GiB</source>
        <translation>%1–%2 GiB</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <source>On · %n min</source>
        <translation>
            <numerusform>An · %n min</numerusform>
            <numerusform>An · %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicesViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Choose a cloud provider.</source>
        <translation>Wählen Sie einen Cloud-Anbieter.</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Wählen Sie eine Region.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n services could not be read.</source>
        <translation>
            <numerusform>%1 von %n Dienst konnte nicht gelesen werden.</numerusform>
            <numerusform>%1 von %n Diensten konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give both the minimum and the maximum number of replicas.</source>
        <translation>Geben Sie sowohl die minimale als auch die maximale Anzahl der Replikate an.</translation>
    </message>
    <message>
        <source>Give either a fixed number of replicas or a minimum and maximum, not both.</source>
        <translation>Geben Sie entweder eine feste Anzahl von Replikaten oder ein Minimum und ein Maximum an, nicht beides.</translation>
    </message>
    <message>
        <source>Horizontal autoscaling needs a minimum and a maximum number of replicas.</source>
        <translation>Die horizontale Autoskalierung benötigt eine minimale und eine maximale Anzahl von Replikaten.</translation>
    </message>
    <message>
        <source>Horizontal autoscaling keeps one memory size per replica.</source>
        <translation>Die horizontale Autoskalierung verwendet eine feste Speichergröße pro Replikat.</translation>
    </message>
    <message>
        <source>Vertical autoscaling keeps a fixed number of replicas.</source>
        <translation>Die vertikale Autoskalierung verwendet eine feste Anzahl von Replikaten.</translation>
    </message>
</context>
<context>
    <name>chcloud::SessionManager</name>
    <message>
        <source>There is no such profile.</source>
        <translation>Dieses Profil gibt es nicht.</translation>
    </message>
    <message>
        <source>The secret of profile “%1” could not be read: %2</source>
        <translation>Das Geheimnis des Profils „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The profile was removed while signing in.</source>
        <translation>Das Profil wurde während der Anmeldung entfernt.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signing in failed: the key does not belong to any organization.</source>
        <translation>Anmeldung fehlgeschlagen: Der Schlüssel gehört zu keiner Organisation.</translation>
    </message>
</context>
<context>
    <name>chcloud::SessionSecretStore</name>
    <message>
        <source>This session only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
</context>
<context>
    <name>chcloud::SettingsTab</name>
    <message>
        <source>Filter settings by name</source>
        <translation>Einstellungen nach Namen filtern</translation>
    </message>
    <message>
        <source>Change the selected setting</source>
        <translation>Ausgewählte Einstellung ändern</translation>
    </message>
    <message>
        <source>New value of the setting</source>
        <translation>Neuer Wert der Einstellung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n settings changed from their defaults.</source>
        <translation>
            <numerusform>%n Einstellung weicht vom Standard ab.</numerusform>
            <numerusform>%n Einstellungen weichen vom Standard ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a setting to change it.</source>
        <translation>Wählen Sie eine Einstellung, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>zum Beispiel %1</translation>
    </message>
    <message>
        <source>Pick one of the values.</source>
        <translation>Wählen Sie einen der Werte.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is back at its default.</source>
        <translation>%1 hat wieder den Standardwert.</translation>
    </message>
</context>
<context>
    <name>chcloud::TagListModel</name>
    <message>
        <source>A service has at most %1 tags.</source>
        <translation>Ein Dienst hat höchstens %1 Tags.</translation>
    </message>
</context>
<context>
    <name>chcloud::TagsEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Key, e.g. environment</source>
        <translation>Schlüssel, z. B. stage</translation>
    </message>
    <message>
        <source>Value (optional)</source>
        <translation>Wert (optional)</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>Tag-Schlüssel</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>Tag-Wert</translation>
    </message>
</context>
<context>
    <name>chcloud::TagsTab</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Tags updated.</source>
        <translation>Tags aktualisiert.</translation>
    </message>
</context>
<context>
    <name>chcloud::UsageChartData</name>
    <message numerus="yes">
        <source>Other (%n services)</source>
        <translation>
            <numerusform>Sonstige (%n Dienst)</numerusform>
            <numerusform>Sonstige (%n Dienste)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::UsageChartView</name>
    <message>
        <source>CHC per day</source>
        <translation>CHC pro Tag</translation>
    </message>
</context>
<context>
    <name>chcloud::UsagePage</name>
    <message>
        <source>Could not load usage: %1</source>
        <translation>Die Nutzung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>How many services the chart shows; the rest are summed as &quot;Other&quot;</source>
        <translation>Wie viele Dienste das Diagramm zeigt; die übrigen werden als „Sonstige“ zusammengefasst</translation>
    </message>
    <message>
        <source>Services in chart:</source>
        <translation>Dienste im Diagramm:</translation>
    </message>
    <message>
        <source>Filter records by service, ID or type</source>
        <translation>Datensätze nach Dienst, ID oder Typ filtern</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the records shown as a CSV file</source>
        <translation>Die angezeigten Datensätze als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>No usage from %1 to %2</source>
        <translation>Keine Nutzung vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1 CHC from %2 to %3</source>
        <translation>%1 CHC vom %2 bis %3</translation>
    </message>
    <message>
        <source>Export Usage</source>
        <translation>Nutzung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records to %1.</source>
        <translation>
            <numerusform>%n Datensatz nach %1 exportiert.</numerusform>
            <numerusform>%n Datensätze nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Services in chart</source>
        <translation>Dienste im Diagramm</translation>
    </message>
    <message>
        <source>Filter usage records</source>
        <translation>Nutzungsdatensätze filtern</translation>
    </message>
</context>
<context>
    <name>chcloud::UsageTableModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <source>ClickPipe</source>
        <translation>ClickPipe</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Not final yet: unlocked records may still change.</source>
        <translation>Noch nicht endgültig: Nicht abgeschlossene Datensätze können sich noch ändern.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Total (CHC)</source>
        <translation>Gesamt (CHC)</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>Datenübertragung</translation>
    </message>
</context>
<context>
    <name>chcloud::UsageViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Choose a valid date range.</source>
        <translation>Wählen Sie einen gültigen Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n usage records could not be read.</source>
        <translation>
            <numerusform>%1 von %n Nutzungsdatensatz konnte nicht gelesen werden.</numerusform>
            <numerusform>%1 von %n Nutzungsdatensätzen konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::orgtext</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Developer</translation>
    </message>
</context>
<context>
    <name>chcloud::validation</name>
    <message>
        <source>Enter a service name.</source>
        <translation>Geben Sie einen Dienstnamen ein.</translation>
    </message>
    <message>
        <source>A service name has at most %1 characters.</source>
        <translation>Ein Dienstname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Replica memory must be between %1 and %2 GiB.</source>
        <translation>Der Speicher pro Replikat muss zwischen %1 und %2 GiB liegen.</translation>
    </message>
    <message>
        <source>Replica memory must be a multiple of %1 GiB.</source>
        <translation>Der Speicher pro Replikat muss ein Vielfaches von %1 GiB sein.</translation>
    </message>
    <message>
        <source>The minimum replica memory must not exceed the maximum.</source>
        <translation>Der minimale Speicher pro Replikat darf den maximalen nicht überschreiten.</translation>
    </message>
    <message>
        <source>The number of replicas must be between %1 and %2.</source>
        <translation>Die Anzahl der Replikate muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>The minimum number of replicas must not exceed the maximum.</source>
        <translation>Die minimale Anzahl der Replikate darf die maximale nicht überschreiten.</translation>
    </message>
    <message>
        <source>The idle timeout must be at least %1 minutes.</source>
        <translation>Die Leerlaufzeit muss mindestens %1 Minuten betragen.</translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR block.</source>
        <translation>Geben Sie eine IP-Adresse oder einen CIDR-Block ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CIDR block.</source>
        <translation>„%1“ ist kein gültiger CIDR-Block.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address.</source>
        <translation>„%1“ ist keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>Enter a key name.</source>
        <translation>Geben Sie einen Schlüsselnamen ein.</translation>
    </message>
    <message>
        <source>A key name has at most %1 characters.</source>
        <translation>Ein Schlüsselname hat höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A key name cannot contain control characters.</source>
        <translation>Ein Schlüsselname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for the ClickHouse Cloud management API.

Environment: CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET (and optionally CLICKHOUSE_CLOUD_API_URL) sign in for this session only, without touching the keychain.</source>
        <translation>Desktop-Konsole für die ClickHouse Cloud Management API.

Umgebung: Mit CLICKHOUSE_CLOUD_API_KEY und CLICKHOUSE_CLOUD_API_SECRET (und optional CLICKHOUSE_CLOUD_API_URL) melden Sie sich nur für diese Sitzung an, ohne den Schlüsselbund zu verwenden.</translation>
    </message>
    <message>
        <source>Start a local emulator with demo data and sign in to it (nothing is saved).</source>
        <translation>Einen lokalen Emulator mit Demodaten starten und dort anmelden (nichts wird gespeichert).</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the page has loaded, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald die Seite geladen ist, und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The page to show: %1.</source>
        <translation>Die anzuzeigende Seite: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>API base URL for new profiles and environment sign-in (default %1).</source>
        <translation>API-Basis-URL für neue Profile und die Anmeldung über die Umgebung (Standard: %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unknown page “%1”; use one of: %2.</source>
        <translation>Unbekannte Seite „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The size must look like 1280x800.</source>
        <translation>Die Größe muss die Form 1280x800 haben.</translation>
    </message>
    <message>
        <source>The API URL is not valid: %1</source>
        <translation>Die API-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>From environment</source>
        <translation>Aus der Umgebung</translation>
    </message>
    <message>
        <source>Demo Emulator Stopped</source>
        <translation>Demo-Emulator beendet</translation>
    </message>
    <message>
        <source>The demo emulator stopped unexpectedly; the demo data is no longer available.

%1</source>
        <translation>Der Demo-Emulator wurde unerwartet beendet; die Demodaten sind nicht mehr verfügbar.

%1</translation>
    </message>
    <message>
        <source>The default profile uses plain http:// and was not signed in automatically; choose it under File ▸ Profiles.</source>
        <translation>Das Standardprofil verwendet einfaches http:// und wurde nicht automatisch angemeldet; wählen Sie es unter Datei ▸ Profile.</translation>
    </message>
</context>
</TS>
