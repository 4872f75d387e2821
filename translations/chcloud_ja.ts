<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Activity</name>
    <message>
        <source>Organization created</source>
        <translation>組織の作成</translation>
    </message>
    <message>
        <source>Organization renamed</source>
        <translation>組織名の変更</translation>
    </message>
    <message>
        <source>Service transferred in</source>
        <translation>サービスの移管 (受け入れ)</translation>
    </message>
    <message>
        <source>Service transferred out</source>
        <translation>サービスの移管 (送り出し)</translation>
    </message>
    <message>
        <source>Payment method saved</source>
        <translation>支払い方法の保存</translation>
    </message>
    <message>
        <source>Marketplace subscription</source>
        <translation>マーケットプレイスのサブスクリプション</translation>
    </message>
    <message>
        <source>Marketplace billing migrated in</source>
        <translation>マーケットプレイス課金への移行</translation>
    </message>
    <message>
        <source>Marketplace billing migrated out</source>
        <translation>マーケットプレイス課金からの移行</translation>
    </message>
    <message>
        <source>Organization tier changed</source>
        <translation>組織のティアの変更</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>招待の送信</translation>
    </message>
    <message>
        <source>Invitation deleted</source>
        <translation>招待の削除</translation>
    </message>
    <message>
        <source>Member joined</source>
        <translation>メンバーの参加</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>メンバーの追加</translation>
    </message>
    <message>
        <source>Member left</source>
        <translation>メンバーの脱退</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>メンバーの削除</translation>
    </message>
    <message>
        <source>Member role changed</source>
        <translation>メンバーのロールの変更</translation>
    </message>
    <message>
        <source>Member MFA method changed</source>
        <translation>メンバーの MFA 方式の変更</translation>
    </message>
    <message>
        <source>User logged in</source>
        <translation>ユーザーのログイン</translation>
    </message>
    <message>
        <source>User login failed</source>
        <translation>ユーザーのログイン失敗</translation>
    </message>
    <message>
        <source>User logged out</source>
        <translation>ユーザーのログアウト</translation>
    </message>
    <message>
        <source>API key created</source>
        <translation>API キーの作成</translation>
    </message>
    <message>
        <source>API key deleted</source>
        <translation>API キーの削除</translation>
    </message>
    <message>
        <source>API key updated</source>
        <translation>API キーの更新</translation>
    </message>
    <message>
        <source>Service created</source>
        <translation>サービスの作成</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>サービスの起動</translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation>サービスの停止</translation>
    </message>
    <message>
        <source>Service woken up</source>
        <translation>サービスの復帰</translation>
    </message>
    <message>
        <source>Service went idle</source>
        <translation>サービスのアイドル化</translation>
    </message>
    <message>
        <source>Service running</source>
        <translation>サービスの実行開始</translation>
    </message>
    <message>
        <source>Service partially running</source>
        <translation>サービスの一部実行</translation>
    </message>
    <message>
        <source>Service deleted</source>
        <translation>サービスの削除</translation>
    </message>
    <message>
        <source>Service renamed</source>
        <translation>サービス名の変更</translation>
    </message>
    <message>
        <source>Service IP access list changed</source>
        <translation>サービスの IP アクセスリストの変更</translation>
    </message>
    <message>
        <source>Service memory scaling changed</source>
        <translation>サービスのメモリスケーリングの変更</translation>
    </message>
    <message>
        <source>Service idling changed</source>
        <translation>サービスのアイドル設定の変更</translation>
    </message>
    <message>
        <source>Service password changed</source>
        <translation>サービスのパスワードの変更</translation>
    </message>
    <message>
        <source>Service replicas changed</source>
        <translation>サービスのレプリカ数の変更</translation>
    </message>
    <message>
        <source>Service replica limit changed</source>
        <translation>サービスのレプリカ上限の変更</translation>
    </message>
    <message>
        <source>Service backup configuration changed</source>
        <translation>サービスのバックアップ設定の変更</translation>
    </message>
    <message>
        <source>Service restored from backup</source>
        <translation>バックアップからのサービスの復元</translation>
    </message>
    <message>
        <source>Service release channel changed</source>
        <translation>サービスのリリースチャネルの変更</translation>
    </message>
    <message>
        <source>Service AI consent changed</source>
        <translation>サービスの AI 利用同意の変更</translation>
    </message>
    <message>
        <source>Service private endpoints changed</source>
        <translation>サービスのプライベートエンドポイントの変更</translation>
    </message>
    <message>
        <source>Service imported</source>
        <translation>サービスのインポート</translation>
    </message>
    <message>
        <source>Service exported</source>
        <translation>サービスのエクスポート</translation>
    </message>
    <message>
        <source>Service maintenance started</source>
        <translation>サービスのメンテナンス開始</translation>
    </message>
    <message>
        <source>Service maintenance ended</source>
        <translation>サービスのメンテナンス終了</translation>
    </message>
    <message>
        <source>Service core dumps changed</source>
        <translation>サービスのコアダンプ設定の変更</translation>
    </message>
    <message>
        <source>Backup deleted</source>
        <translation>バックアップの削除</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Name changed</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>ロールの変更</translation>
    </message>
    <message>
        <source>State changed</source>
        <translation>状態の変更</translation>
    </message>
    <message>
        <source>Expiry changed</source>
        <translation>有効期限の変更</translation>
    </message>
    <message>
        <source>IP access list changed</source>
        <translation>IP アクセスリストの変更</translation>
    </message>
    <message>
        <source>Organization role changed</source>
        <translation>組織ロールの変更</translation>
    </message>
    <message>
        <source>Default service role changed</source>
        <translation>デフォルトのサービスロールの変更</translation>
    </message>
    <message>
        <source>Service role changed</source>
        <translation>サービスロールの変更</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>ロールの変更</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ミリ秒以内に応答がありません</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1 at offset %2)</source>
        <translation>応答が有効な JSON ではありません(位置 %2 で %1)</translation>
    </message>
    <message>
        <source>the response is not a JSON object</source>
        <translation>応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the response has no result</source>
        <translation>応答に結果が含まれていません</translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation>サーバーがリクエストを拒否しました</translation>
    </message>
    <message>
        <source>The API key was not accepted (wrong, disabled or expired)</source>
        <translation>API キーが受け入れられませんでした (誤り、無効化、または期限切れ)</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this</source>
        <translation>この API キーにはこの操作が許可されていません</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>The request conflicts with the current state</source>
        <translation>リクエストが現在の状態と競合しています</translation>
    </message>
    <message>
        <source>A dependency of the request failed</source>
        <translation>リクエストの依存先が失敗しました</translation>
    </message>
    <message>
        <source>Too many requests: the rate limit did not clear in time</source>
        <translation>リクエストが多すぎます: レート制限が時間内に解除されませんでした</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>サーバーがエラーを返しました</translation>
    </message>
    <message>
        <source>The server failed to process the request</source>
        <translation>サーバーがリクエストを処理できませんでした</translation>
    </message>
    <message>
        <source>Could not reach the server</source>
        <translation>サーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read</source>
        <translation>サーバーの応答を読み取れませんでした</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read at %1</source>
        <translation>サーバーの応答を %1 で読み取れませんでした</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Refused to send credentials over an unencrypted connection</source>
        <translation>暗号化されていない接続では認証情報を送信しません</translation>
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
        <translation>%1 への API キーの送信を拒否しました: https:// を使用してください(暗号化されない http:// は、このコンピューター(127.0.0.1 または [::1])宛てにのみ使用できます)。</translation>
    </message>
</context>
<context>
    <name>ClickhousectlCredentialsFile</name>
    <message>
        <source>There is no file %1.</source>
        <translation>ファイル %1 はありません。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is too large to be a credentials file.</source>
        <translation>%1 は認証情報ファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 は有効な JSON ではありません (%3 バイト目: %2)。</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 に JSON オブジェクトが含まれていません。</translation>
    </message>
    <message>
        <source>%1 has no “%2”.</source>
        <translation>%1 に「%2」がありません。</translation>
    </message>
    <message>
        <source>“%2” in %1 is not a string.</source>
        <translation>%1 の「%2」が文字列ではありません。</translation>
    </message>
    <message>
        <source>“%2” in %1 is empty.</source>
        <translation>%1 の「%2」が空です。</translation>
    </message>
    <message>
        <source>%1 now holds another key; it was left as it is.</source>
        <translation>%1 には現在別のキーが含まれているため、変更していません。</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>KeyAccessText</name>
    <message>
        <source>no roles</source>
        <translation>ロールなし</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>他 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>This key holds no roles.</source>
        <translation>このキーにはロールがありません。</translation>
    </message>
    <message>
        <source>manages the organization and can create API keys</source>
        <translation>組織を管理し、API キーを作成できる</translation>
    </message>
    <message>
        <source>read-only on the organization</source>
        <translation>組織は読み取り専用</translation>
    </message>
    <message>
        <source>sees billing</source>
        <translation>請求情報を閲覧できる</translation>
    </message>
    <message>
        <source>manages service %1</source>
        <translation>サービス %1 を管理</translation>
    </message>
    <message>
        <source>manages all services</source>
        <translation>すべてのサービスを管理</translation>
    </message>
    <message>
        <source>read-only on service %1</source>
        <translation>サービス %1 は読み取り専用</translation>
    </message>
    <message>
        <source>read-only on services</source>
        <translation>サービスは読み取り専用</translation>
    </message>
    <message>
        <source>queries service %1 through its query endpoint</source>
        <translation>クエリエンドポイント経由でサービス %1 にクエリできる</translation>
    </message>
    <message>
        <source>queries services through their query endpoints</source>
        <translation>クエリエンドポイント経由でサービスにクエリできる</translation>
    </message>
    <message>
        <source>“%1” on service %2</source>
        <translation>サービス %2 に対する「%1」</translation>
    </message>
    <message>
        <source>“%1” on %2</source>
        <translation>%2 に対する「%1」</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>can create API keys</source>
        <translation>API キーを作成できる</translation>
    </message>
    <message>
        <source>manages the organization</source>
        <translation>組織を管理</translation>
    </message>
    <message>
        <source>legacy role “%1” (not known to this app)</source>
        <translation>従来のロール「%1」(このアプリでは不明)</translation>
    </message>
    <message>
        <source>Legacy role %1: %2</source>
        <translation>従来のロール %1: %2</translation>
    </message>
    <message>
        <source>holds role %1</source>
        <translation>ロール %1 を保持</translation>
    </message>
    <message>
        <source>Role %1: its policies are not known yet</source>
        <translation>ロール %1: ポリシーはまだ不明です</translation>
    </message>
    <message>
        <source>nothing (the role has no permissions)</source>
        <translation>なし(ロールに権限がありません)</translation>
    </message>
    <message>
        <source>Role %1: %2</source>
        <translation>ロール %1: %2</translation>
    </message>
</context>
<context>
    <name>PreferenceActions</name>
    <message>
        <source>&amp;Import from clickhousectl…</source>
        <translation>clickhousectl からインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
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
        <translation>ウィンドウ内のリクエスト %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n in flight</source>
        <translation>
            <numerusform>処理中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>待機中 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>paused %1 s</source>
        <translation>%1 秒間一時停止</translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>未更新</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>最終更新: %1</translation>
    </message>
</context>
<context>
    <name>ServiceState</name>
    <message>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>終了処理中</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Waking up</source>
        <translation>復帰中</translation>
    </message>
    <message>
        <source>Partially running</source>
        <translation>一部実行中</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>プロビジョニング中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>機能低下</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>不明 (%1)</translation>
    </message>
</context>
<context>
    <name>UnreadableRows</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Row %1 (id %2)</source>
        <translation>%1 行目 (ID %2)</translation>
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
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actor ID: %1
User agent: %2</source>
        <translation>実行者 ID: %1
ユーザーエージェント: %2</translation>
    </message>
    <message>
        <source>Actor ID: %1</source>
        <translation>実行者 ID: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>実行者の種類</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Service ID: %1</source>
        <translation>サービス ID: %1</translation>
    </message>
    <message>
        <source>API key ID: %1</source>
        <translation>API キー ID: %1</translation>
    </message>
</context>
<context>
    <name>chcloud::ActivityPage</name>
    <message>
        <source>Could not load the activity log: %1</source>
        <translation>アクティビティログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Search activity, actor, IP, service or key</source>
        <translation>アクティビティ・実行者・IP・サービス・キー</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Save the rows shown as a CSV file</source>
        <translation>表示中の行を CSV ファイルに保存します</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>アクティビティ:</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>実行者:</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>すべてのアクティビティ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>すべての実行者</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message numerus="yes">
        <source>%n activities, %1</source>
        <translation>
            <numerusform>アクティビティ %n 件 (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities, %2</source>
        <translation>
            <numerusform>アクティビティ %n 件中 %1 件 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Activity</source>
        <translation>アクティビティのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n activities to %1.</source>
        <translation>
            <numerusform>アクティビティ %n 件を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>アクティビティの種類</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Search activity</source>
        <translation>アクティビティを検索</translation>
    </message>
</context>
<context>
    <name>chcloud::ActivityViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Choose a valid date range.</source>
        <translation>有効な期間を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities could not be read.</source>
        <translation>
            <numerusform>アクティビティ %n 件中 %1 件を読み取れませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeyDialog</name>
    <message>
        <source>New API Key</source>
        <translation>新しい API キー</translation>
    </message>
    <message>
        <source>Edit API Key</source>
        <translation>API キーの編集</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <source>Keep the current expiration</source>
        <translation>現在の有効期限を維持</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>Never (clear the expiration)</source>
        <translation>無期限 (有効期限を解除)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 週間</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 か月</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 か月</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>On a date…</source>
        <translation>日付を指定…</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>有効期限(&amp;E):</translation>
    </message>
    <message>
        <source>IP access</source>
        <translation>IP アクセス</translation>
    </message>
    <message>
        <source>Allow access from anywhere</source>
        <translation>すべての場所からのアクセスを許可</translation>
    </message>
    <message>
        <source>Enable the key as soon as it is created</source>
        <translation>作成と同時にキーを有効にする</translation>
    </message>
    <message>
        <source>Key is enabled</source>
        <translation>キーを有効にする</translation>
    </message>
    <message>
        <source>Generate the secret on this computer</source>
        <translation>このコンピューターでシークレットを生成する</translation>
    </message>
    <message>
        <source>Advanced: only hashes are sent, so the secret never crosses the network. The API does not document the key format it accepts, so this may be rejected.</source>
        <translation>上級者向け: ハッシュだけが送信されるため、シークレットがネットワーク上を流れることはありません。ただし、API は受け付けるキー形式を公開していないため、拒否される場合があります。</translation>
    </message>
    <message>
        <source>Generate API Key</source>
        <translation>API キーを生成</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>This organization has no custom roles: the classic roles are offered.</source>
        <translation>この組織にはカスタムロールがないため、従来のロールを表示しています。</translation>
    </message>
    <message>
        <source>An empty list denies all access to the API with this key.</source>
        <translation>リストが空の場合、このキーによる API へのアクセスはすべて拒否されます。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
    <message>
        <source>Deny all access?</source>
        <translation>すべてのアクセスを拒否しますか?</translation>
    </message>
    <message>
        <source>The IP access list is empty: the key will not be accepted from any address. Save anyway?</source>
        <translation>IP アクセスリストが空です。このキーはどのアドレスからも受け付けられなくなります。このまま保存しますか?</translation>
    </message>
    <message>
        <source>Save with no access</source>
        <translation>アクセスなしで保存</translation>
    </message>
    <message>
        <source>Disable the key this app uses?</source>
        <translation>このアプリが使用しているキーを無効にしますか?</translation>
    </message>
    <message>
        <source>This is the key this profile signs in with. Once it is disabled, this app loses access to the organization.</source>
        <translation>このプロファイルのサインインに使われているキーです。無効にすると、このアプリは組織にアクセスできなくなります。</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <source>Only from these IP addresses or CIDR ranges (one per line, each optionally followed by a description):</source>
        <translation>次の IP アドレスまたは CIDR 範囲からのみ許可 (1 行に 1 つ。後ろに説明を付けることもできます):</translation>
    </message>
    <message>
        <source>203.0.113.7 Office
198.51.100.0/24 VPN</source>
        <translation>203.0.113.7 オフィス
198.51.100.0/24 VPN</translation>
    </message>
    <message>
        <source>When the list changes, saving replaces the key&apos;s whole IP access list with this one.</source>
        <translation>リストを変更して保存すると、キーの IP アクセスリスト全体がこの内容に置き換わります。</translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeyEditor</name>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <source>Query endpoints</source>
        <translation>クエリエンドポイント</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>ロールを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Choose an expiration date.</source>
        <translation>有効期限を選択してください。</translation>
    </message>
    <message>
        <source>The expiration date must be in the future.</source>
        <translation>有効期限には将来の日付を指定してください。</translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeysTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>キー ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expiration</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>IP access</source>
        <translation>IP アクセス</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>looking up…</source>
        <translation>検索中…</translation>
    </message>
    <message numerus="yes">
        <source>unknown (not found in the last %n months)</source>
        <translation>
            <numerusform>不明 (過去 %n か月間に見つかりません)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Enabled, expiring soon</source>
        <translation>有効 (期限間近)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>none — all access denied</source>
        <translation>なし — すべてのアクセスを拒否</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>すべての場所</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>本日まで</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n days</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>無期限</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>%1 (this app&apos;s key)</source>
        <translation>%1 (このアプリのキー)</translation>
    </message>
    <message>
        <source>%1 (probably this app&apos;s key)</source>
        <translation>%1 (おそらくこのアプリのキー)</translation>
    </message>
    <message>
        <source>Only the last four characters of a key ID are ever shown by the server.</source>
        <translation>サーバーが表示するのは、キー ID の末尾 4 文字だけです。</translation>
    </message>
    <message>
        <source>Another key ends in the same four characters, so this is a best guess.</source>
        <translation>末尾 4 文字が同じキーが他にもあるため、これは推定です。</translation>
    </message>
    <message>
        <source>May do</source>
        <translation>できること</translation>
    </message>
</context>
<context>
    <name>chcloud::ApiKeysViewModel</name>
    <message>
        <source>This is the key the app signs in with, and a key cannot delete itself.</source>
        <translation>このアプリのサインインに使われているキーです。キーは自分自身を削除できません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n API keys could not be read.</source>
        <translation>
            <numerusform>API キー %n 件中 %1 件を読み取れませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::BackupListModel</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>不明 (%1)</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>フル</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>増分</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>chcloud::BackupsTab</name>
    <message>
        <source>Backup schedule</source>
        <translation>バックアップスケジュール</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日前</translation>
    </message>
    <message>
        <source>HH:MM (UTC), optional</source>
        <translation>HH:MM (UTC)、省略可</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Every:</source>
        <translation>間隔:</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>保持期間:</translation>
    </message>
    <message>
        <source>Start at:</source>
        <translation>開始時刻:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt;</source>
        <translation>&lt;b&gt;バックアップ&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Backup bucket</source>
        <translation>バックアップバケット</translation>
    </message>
    <message>
        <source>Cloud provider of the bucket</source>
        <translation>バケットのクラウドプロバイダー</translation>
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
        <translation>s3://bucket/path</translation>
    </message>
    <message>
        <source>arn:aws:iam::123456789012:role/backups</source>
        <translation>arn:aws:iam::123456789012:role/backups</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>gs://bucket/path</source>
        <translation>gs://bucket/path</translation>
    </message>
    <message>
        <source>Bucket path:</source>
        <translation>バケットのパス:</translation>
    </message>
    <message>
        <source>IAM role ARN:</source>
        <translation>IAM ロール ARN:</translation>
    </message>
    <message>
        <source>Session name:</source>
        <translation>セッション名:</translation>
    </message>
    <message>
        <source>HMAC key ID:</source>
        <translation>HMAC キー ID:</translation>
    </message>
    <message>
        <source>HMAC secret:</source>
        <translation>HMAC シークレット:</translation>
    </message>
    <message>
        <source>Container:</source>
        <translation>コンテナー:</translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation>接続文字列:</translation>
    </message>
    <message>
        <source>Delete bucket</source>
        <translation>バケットを削除</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Backups are kept in ClickHouse Cloud&apos;s own storage. Give a bucket of your own to keep them there instead.</source>
        <translation>バックアップは ClickHouse Cloud 自身のストレージに保存されています。自分のバケットに保存するには、バケットを指定してください。</translation>
    </message>
    <message>
        <source>AWS bucket %1, written with role %2.</source>
        <translation>AWS バケット %1(ロール %2 で書き込み)。</translation>
    </message>
    <message>
        <source>Google Cloud bucket %1, written with HMAC key %2.</source>
        <translation>Google Cloud バケット %1(HMAC キー %2 で書き込み)。</translation>
    </message>
    <message>
        <source>Azure container %1.</source>
        <translation>Azure コンテナー %1。</translation>
    </message>
    <message>
        <source>A bucket of a provider this version does not know: %1.</source>
        <translation>このバージョンが知らないプロバイダーのバケット: %1。</translation>
    </message>
    <message>
        <source>leave empty to keep the stored one</source>
        <translation>空のままにすると保存済みの値を維持します</translation>
    </message>
    <message>
        <source>Update bucket</source>
        <translation>バケットを更新</translation>
    </message>
    <message>
        <source>Use this bucket</source>
        <translation>このバケットを使用</translation>
    </message>
    <message>
        <source>Backup bucket set.</source>
        <translation>バックアップバケットを設定しました。</translation>
    </message>
    <message>
        <source>Backup bucket updated.</source>
        <translation>バックアップバケットを更新しました。</translation>
    </message>
    <message>
        <source>Delete the backup bucket</source>
        <translation>バックアップバケットの削除</translation>
    </message>
    <message>
        <source>New backups go to ClickHouse Cloud&apos;s own storage again; the backups already in your bucket stay there. Delete it?</source>
        <translation>新しいバックアップは再び ClickHouse Cloud のストレージに保存されます。バケット内の既存のバックアップはそのまま残ります。削除しますか?</translation>
    </message>
    <message>
        <source>Backup bucket deleted.</source>
        <translation>バックアップバケットを削除しました。</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n backups</source>
        <translation>
            <numerusform>バックアップ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A backup every %n hours</source>
        <translation>
            <numerusform>%n 時間ごとにバックアップを作成</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup every day at %1 UTC</source>
        <translation>毎日 %1 (UTC) にバックアップを作成</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>how often a backup is made, then how long it is kept</comment>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>kept for %n days.</source>
        <translation>
            <numerusform>%n 日間保持します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup schedule updated.</source>
        <translation>バックアップスケジュールを更新しました。</translation>
    </message>
</context>
<context>
    <name>chcloud::ClickhouseSettingsModel</name>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Not known yet: the API tells a default only while the setting has it (select the row to read it).</source>
        <translation>まだ不明です。API は設定が既定値のときにのみ既定値を返します(行を選択すると読み込みます)。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>(empty, default)</source>
        <translation>(空、既定値)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (デフォルト)</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(既定値)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定値</translation>
    </message>
</context>
<context>
    <name>chcloud::ClickhousectlImport</name>
    <message>
        <source>The key from the file does not work, so it was not imported: %1</source>
        <translation>ファイルのキーが機能しないため、インポートしませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing was imported and the file was left as it is. %1</source>
        <translation>何もインポートせず、ファイルも変更していません。%1</translation>
    </message>
    <message>
        <source>Choose a credentials file that holds a key first.</source>
        <translation>先にキーを含む認証情報ファイルを選択してください。</translation>
    </message>
    <message>
        <source>The profiles are not available.</source>
        <translation>プロファイルを利用できません。</translation>
    </message>
    <message>
        <source>The key is only taken out of the file once it is stored in the keychain.</source>
        <translation>キーがファイルから削除されるのは、キーチェーンに保存された後だけです。</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>The key was removed from %1; its other entries were kept.</source>
        <translation>%1 からキーを削除しました。ファイル内のその他のエントリはそのまま残っています。</translation>
    </message>
</context>
<context>
    <name>chcloud::ClickhousectlImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Import from clickhousectl</source>
        <translation>clickhousectl からのインポート</translation>
    </message>
    <message>
        <source>The ClickHouse Cloud CLI keeps its API key and secret in plain text in %1 inside the directory it runs in. The key can move to the system keychain as a new profile.</source>
        <translation>ClickHouse Cloud CLI は、API キーとシークレットを、実行したディレクトリ内の %1 に平文で保存しています。このキーは新しいプロファイルとしてシステムのキーチェーンに移せます。</translation>
    </message>
    <message>
        <source>Other users of this computer may read this file: the secret may have been seen. Consider rotating the key after the import.</source>
        <translation>このコンピューターの他のユーザーがこのファイルを読み取れる状態です。シークレットを見られた可能性があります。インポート後にキーのローテーションを検討してください。</translation>
    </message>
    <message>
        <source>The organization&apos;s name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API ベース URL:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>キー ID:</translation>
    </message>
    <message>
        <source>Profile &amp;label:</source>
        <translation>プロファイルのラベル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the clickhousectl Credentials File</source>
        <translation>clickhousectl の認証情報ファイルの選択</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No key read</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>キーを確認中…</translation>
    </message>
    <message>
        <source>Saving the profile to the keychain…</source>
        <translation>プロファイルをキーチェーンに保存中…</translation>
    </message>
    <message>
        <source>Remove the Plaintext Key?</source>
        <translation>平文のキーを削除しますか?</translation>
    </message>
    <message>
        <source>The key is now in the system keychain. Remove it from %1?</source>
        <translation>キーはシステムのキーチェーンに保存されました。%1 から削除しますか?</translation>
    </message>
    <message>
        <source>clickhousectl will then ask for a key again. Other entries of the file are kept.</source>
        <translation>削除すると、clickhousectl は再びキーを要求するようになります。ファイル内のその他のエントリは残ります。</translation>
    </message>
    <message>
        <source>Remove from File</source>
        <translation>ファイルから削除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Remove the Plaintext Key</source>
        <translation>平文のキーの削除</translation>
    </message>
</context>
<context>
    <name>chcloud::CommandPalette</name>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Command &amp;Palette…</source>
        <translation>コマンドパレット(&amp;P)…</translation>
    </message>
    <message>
        <source>Go to a page, run an action or find a service or key by name</source>
        <translation>ページへ移動、操作を実行、またはサービスやキーを名前で検索</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1 へ移動</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>コマンドパレット</translation>
    </message>
    <message>
        <source>Go to a page, run an action, find a service or key…</source>
        <translation>ページへ移動、操作を実行、サービスやキーを検索…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Type part of a name or its initials; Enter runs the selected entry, Escape closes.</source>
        <translation>名前の一部または頭文字を入力します。Enter で選択した項目を実行、Escape で閉じます。</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>一致するコマンド</translation>
    </message>
</context>
<context>
    <name>chcloud::DateRangeBar</name>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>開始日(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>終了日(&amp;T)</translation>
    </message>
    <message>
        <source>(UTC)</source>
        <translation>(UTC)</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日間</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日間</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 日間</translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n days</source>
        <translation>
            <numerusform>過去 %n 日間を表示します</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::DemoEmulator</name>
    <message>
        <source>The demo emulator did not report its port in time.</source>
        <translation>デモ用エミュレーターが時間内にポート番号を通知しませんでした。</translation>
    </message>
    <message>
        <source>Could not start the demo emulator %1: %2</source>
        <translation>デモ用エミュレーター %1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>The demo emulator exited (code %1). %2</source>
        <translation>デモ用エミュレーターが終了しました (コード %1)。%2</translation>
    </message>
    <message>
        <source>The demo emulator printed an unexpected first line: %1</source>
        <translation>デモ用エミュレーターの最初の出力行が想定外です: %1</translation>
    </message>
    <message>
        <source>The demo emulator did not hand over its key.</source>
        <translation>デモ用エミュレーターがキーを渡しませんでした。</translation>
    </message>
</context>
<context>
    <name>chcloud::InvitationsModel</name>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (期限切れ)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>招待日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
</context>
<context>
    <name>chcloud::InvitationsViewModel</name>
    <message>
        <source>Choose at least one role.</source>
        <translation>ロールを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n invitations could not be read.</source>
        <translation>
            <numerusform>招待 %n 件中 %1 件を読み取れませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::InviteDialog</name>
    <message>
        <source>Invite a Member</source>
        <translation>メンバーの招待</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Send Invitation</source>
        <translation>招待を送信</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>ロール(&amp;R):</translation>
    </message>
    <message>
        <source>The person receives an e-mail and joins the organization when accepting it. Invitations expire after a while.</source>
        <translation>招待された人にはメールが届き、承諾すると組織に参加します。招待には有効期限があります。</translation>
    </message>
</context>
<context>
    <name>chcloud::IpAccessListEditor</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Allow from anywhere…</source>
        <translation>すべての場所から許可…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>IP address or CIDR, e.g. 203.0.113.0/24</source>
        <translation>IP アドレスまたは CIDR (例: 203.0.113.0/24)</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>説明 (省略可)</translation>
    </message>
    <message>
        <source>Adds 0.0.0.0/0: every address on the internet may connect.</source>
        <translation>0.0.0.0/0 を追加します。インターネット上のすべてのアドレスから接続できるようになります。</translation>
    </message>
    <message>
        <source>The list is empty: the service accepts no traffic from anywhere.</source>
        <translation>リストが空です。サービスはどこからの通信も受け付けません。</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>すべての場所</translation>
    </message>
    <message>
        <source>The list is open to anywhere (0.0.0.0/0 or ::/0): every address on the internet may connect.</source>
        <translation>リストはすべての場所に開放されています (0.0.0.0/0 または ::/0)。インターネット上のすべてのアドレスから接続できます。</translation>
    </message>
    <message>
        <source>IP address or CIDR</source>
        <translation>IP アドレスまたは CIDR</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>chcloud::IpAccessListModel</name>
    <message>
        <source>%1 (anywhere)</source>
        <translation>%1 (すべての場所)</translation>
    </message>
    <message>
        <source>This entry lets every address on the internet connect to the service.</source>
        <translation>このエントリにより、インターネット上のすべてのアドレスからサービスに接続できます。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>接続元</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 はすでにリストにあります。</translation>
    </message>
</context>
<context>
    <name>chcloud::KeyQueryEndpointScan</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The services could not be checked: %1</source>
        <translation>サービスを確認できませんでした: %1</translation>
    </message>
    <message>
        <source>The organization has no services.</source>
        <translation>この組織にはサービスがありません。</translation>
    </message>
    <message>
        <source>No query endpoint among the services checked lets this key in.</source>
        <translation>確認したサービスのクエリエンドポイントはいずれもこのキーを許可していません。</translation>
    </message>
    <message>
        <source>This key can query: %1.</source>
        <translation>このキーでクエリできるサービス: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1 of %n services; the others were not read.</source>
        <translation>
            <numerusform>%n 件のサービスのうち %1 件を確認しました。残りは読み取っていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked all %n services.</source>
        <translation>
            <numerusform>%n 件すべてのサービスを確認しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the query endpoint of: %1</source>
        <translation>クエリエンドポイントを読み取れなかったサービス: %1</translation>
    </message>
</context>
<context>
    <name>chcloud::KeyReveal</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The profile could not be created: %1</source>
        <translation>プロファイルを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The profile could not be created.</source>
        <translation>プロファイルを作成できませんでした。</translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain, so no profile was created. %1 Copy the secret now: it cannot be shown again.</source>
        <translation>シークレットをシステムのキーチェーンに保存できなかったため、プロファイルは作成されませんでした。%1 今すぐシークレットをコピーしてください。再表示はできません。</translation>
    </message>
</context>
<context>
    <name>chcloud::KeyRevealDialog</name>
    <message>
        <source>Your new API key</source>
        <translation>新しい API キー</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will not see this secret again.&lt;/b&gt; Copy it now or save it as a profile in the system keychain before you close this window.</source>
        <translation>&lt;b&gt;このシークレットは二度と表示されません。&lt;/b&gt;このウィンドウを閉じる前に、コピーするか、プロファイルとしてシステムのキーチェーンに保存してください。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>キー ID:</translation>
    </message>
    <message>
        <source>Key secret:</source>
        <translation>キーシークレット:</translation>
    </message>
    <message>
        <source>Save as a profile in the keychain</source>
        <translation>プロファイルとしてキーチェーンに保存</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>The secret is on the clipboard; it will be cleared from there shortly.</source>
        <translation>シークレットをクリップボードにコピーしました。まもなくクリップボードから消去されます。</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>システムのキーチェーンに保存中…</translation>
    </message>
    <message>
        <source>Saved: the profile “%1” now signs in with this key.</source>
        <translation>保存しました。プロファイル「%1」は今後このキーでサインインします。</translation>
    </message>
    <message>
        <source>Close without keeping the secret?</source>
        <translation>シークレットを保管せずに閉じますか?</translation>
    </message>
    <message>
        <source>You have not copied the secret or saved it as a profile. Once this window closes, nobody can show it again: you would have to create another key.</source>
        <translation>シークレットをコピーも、プロファイルとして保存もしていません。このウィンドウを閉じると、誰も再表示できなくなり、別のキーを作成する必要があります。</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>このまま閉じる</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
</context>
<context>
    <name>chcloud::KeyRotation</name>
    <message>
        <source> (rotated %1)</source>
        <translation> (%1 にローテーション)</translation>
    </message>
    <message>
        <source>Create the replacement key</source>
        <translation>後継キーを作成</translation>
    </message>
    <message>
        <source>Store its secret for this profile</source>
        <translation>そのシークレットをこのプロファイル用に保存</translation>
    </message>
    <message>
        <source>Check that the new key works</source>
        <translation>新しいキーが機能することを確認</translation>
    </message>
    <message>
        <source>Disable the old key</source>
        <translation>古いキーを無効化</translation>
    </message>
    <message>
        <source>Delete the old key</source>
        <translation>古いキーを削除</translation>
    </message>
    <message>
        <source>Nothing was changed: there is no signed-in profile to rotate the key of.</source>
        <translation>何も変更されていません: キーをローテーションする対象の、サインイン中のプロファイルがありません。</translation>
    </message>
    <message>
        <source>Nothing was changed: the replacement key could not be created. %1</source>
        <translation>何も変更されていません: 後継キーを作成できませんでした。%1</translation>
    </message>
    <message>
        <source>“%1”, key ID ending in %2</source>
        <translation>「%1」(キー ID の末尾 %2)</translation>
    </message>
    <message>
        <source>profile not found</source>
        <translation>プロファイルが見つかりません</translation>
    </message>
    <message>
        <source>kept in memory for this session only (session-only profile)</source>
        <translation>このセッションの間だけメモリに保持 (セッション限定プロファイル)</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>システムのキーチェーンに保存済み</translation>
    </message>
    <message>
        <source>the organization answered</source>
        <translation>組織から応答あり</translation>
    </message>
    <message>
        <source>The new key “%1” works and is stored for this profile, and the old key “%2” is disabled, but it could not be deleted: %3</source>
        <translation>新しいキー「%1」は機能し、このプロファイル用に保存されました。古いキー「%2」は無効化されましたが、削除できませんでした: %3</translation>
    </message>
    <message>
        <source>The new secret is kept in memory for this session only, because this profile is session-only.</source>
        <translation>このプロファイルはセッション限定のため、新しいシークレットはこのセッションの間だけメモリに保持されます。</translation>
    </message>
    <message>
        <source>The new secret is stored in the system keychain.</source>
        <translation>新しいシークレットはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>Rotation complete: “%1” replaces “%2”, which was deleted.</source>
        <translation>ローテーションが完了しました: 「%1」が「%2」を置き換え、古いキーは削除されました。</translation>
    </message>
    <message>
        <source>Rotation complete: “%1” replaces “%2”, which is now disabled.</source>
        <translation>ローテーションが完了しました: 「%1」が「%2」を置き換え、古いキーは無効化されました。</translation>
    </message>
    <message>
        <source>Switch this profile to the new key</source>
        <translation>このプロファイルを新しいキーに切り替え</translation>
    </message>
    <message>
        <source>This profile was not changed and still signs in with the old key, which is still enabled. The new key “%1” exists, but no session could be opened to check it: delete it on this page.</source>
        <translation>このプロファイルは変更されておらず、引き続き古いキー (有効なまま) でサインインします。新しいキー「%1」は作成されましたが、確認用のセッションを開けませんでした。このページで削除してください。</translation>
    </message>
    <message>
        <source>This profile was not changed and still signs in with the old key, which is still enabled. The new key “%1” did not work when checked: %2 Delete it on this page.</source>
        <translation>このプロファイルは変更されておらず、引き続き古いキー (有効なまま) でサインインします。新しいキー「%1」は確認時に機能しませんでした: %2 このページで削除してください。</translation>
    </message>
    <message>
        <source>The new key “%1” exists and works, but the profile is gone, so its secret was not stored. The old key is still enabled. Copy the new secret from the window that opened: it cannot be shown again. To use the new key, add a profile with key ID %2 and that secret.</source>
        <translation>新しいキー「%1」は作成され機能しますが、プロファイルが存在しないため、シークレットは保存されませんでした。古いキーは有効なままです。開いたウィンドウから新しいシークレットをコピーしてください。再表示はできません。新しいキーを使うには、キー ID %2 とそのシークレットでプロファイルを追加してください。</translation>
    </message>
    <message>
        <source>The new key “%1” works, but its secret could not be stored: %2 This profile still signs in with the old key, which is still enabled. Copy the new secret from the window that opened: it cannot be shown again. Then either delete “%1” on this page, or edit this profile to use key ID %3 with that secret.</source>
        <translation>新しいキー「%1」は機能しますが、シークレットを保存できませんでした: %2 このプロファイルは引き続き古いキー (有効なまま) でサインインします。開いたウィンドウから新しいシークレットをコピーしてください。再表示はできません。その後、このページで「%1」を削除するか、このプロファイルを編集してキー ID %3 とそのシークレットを使うようにしてください。</translation>
    </message>
    <message>
        <source>The new key “%1” works, but the profile was removed before it could use it. The old key is still enabled. Copy the new secret from the window that opened: it cannot be shown again. To use the new key, add a profile with key ID %2 and that secret.</source>
        <translation>新しいキー「%1」は機能しますが、プロファイルが使用前に削除されました。古いキーは有効なままです。開いたウィンドウから新しいシークレットをコピーしてください。再表示はできません。新しいキーを使うには、キー ID %2 とそのシークレットでプロファイルを追加してください。</translation>
    </message>
    <message>
        <source>the profile could not be updated</source>
        <translation>プロファイルを更新できませんでした</translation>
    </message>
    <message>
        <source>The new key “%1” works, but this profile could not be switched to it, and its previous secret could not be put back. Copy the new secret from the window that opened: it cannot be shown again. Then edit this profile to use key ID %2 with that secret; the old key is still enabled.</source>
        <translation>新しいキー「%1」は機能しますが、このプロファイルを切り替えられず、以前のシークレットも元に戻せませんでした。開いたウィンドウから新しいシークレットをコピーしてください。再表示はできません。その後、このプロファイルを編集してキー ID %2 とそのシークレットを使うようにしてください。古いキーは有効なままです。</translation>
    </message>
    <message>
        <source>The new key “%1” works, but this profile could not be switched to it; it still signs in with the old key, which is still enabled. Copy the new secret from the window that opened if you want to use it elsewhere; otherwise delete “%1” on this page.</source>
        <translation>新しいキー「%1」は機能しますが、このプロファイルを切り替えられませんでした。プロファイルは引き続き古いキー (有効なまま) でサインインします。新しいキーを別の用途に使う場合は、開いたウィンドウから新しいシークレットをコピーしてください。使わない場合は、このページで「%1」を削除してください。</translation>
    </message>
    <message>
        <source>The new key “%1” works, but this profile could not be switched to it, and its previous secret could not be put back: %2 Copy the new secret from the window that opened: it cannot be shown again. Then edit this profile to use key ID %3 with that secret; the old key is still enabled.</source>
        <translation>新しいキー「%1」は機能しますが、このプロファイルを切り替えられず、以前のシークレットも元に戻せませんでした: %2 開いたウィンドウから新しいシークレットをコピーしてください。再表示はできません。その後、このプロファイルを編集してキー ID %3 とそのシークレットを使うようにしてください。古いキーは有効なままです。</translation>
    </message>
    <message>
        <source>now signs in with key ID %1</source>
        <translation>キー ID %1 でサインインするようになりました</translation>
    </message>
    <message>
        <source>The new key “%1” exists, works and is stored for this profile, which now signs in with it, but the old key “%2” is still enabled: %3 Disable it on this page when you can.</source>
        <translation>新しいキー「%1」は作成・確認済みで、このプロファイル用に保存され、現在このキーでサインインしています。ただし、古いキー「%2」はまだ有効です: %3 可能になったら、このページで無効にしてください。</translation>
    </message>
</context>
<context>
    <name>chcloud::KeyRotationDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>API キーのローテーション</translation>
    </message>
    <message>
        <source>Replace “%1”, the key this profile signs in with, by a new key with the same roles and IP access list. Each step is checked before the next one starts; if one fails, nothing after it happens.</source>
        <translation>このプロファイルのサインインに使われているキー「%1」を、同じロールと IP アクセスリストを持つ新しいキーに置き換えます。各手順は次の手順の前に確認され、いずれかが失敗した場合、それ以降の手順は実行されません。</translation>
    </message>
    <message>
        <source>Delete the old key afterwards (otherwise it is only disabled)</source>
        <translation>完了後に古いキーを削除する (オフの場合は無効化のみ)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 — working…</source>
        <translation>%1. %2 — 処理中…</translation>
    </message>
    <message>
        <source>%1. %2 — done</source>
        <translation>%1. %2 — 完了</translation>
    </message>
    <message>
        <source>%1. %2 — failed</source>
        <translation>%1. %2 — 失敗</translation>
    </message>
</context>
<context>
    <name>chcloud::KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
</context>
<context>
    <name>chcloud::KeysPage</name>
    <message>
        <source>Loading API keys…</source>
        <translation>API キーを読み込み中…</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>This organization has no API keys yet.
Create one to use the ClickHouse Cloud API from scripts, CI or this app.</source>
        <translation>この組織にはまだ API キーがありません。
スクリプト、CI、またはこのアプリから ClickHouse Cloud API を使うには、キーを作成してください。</translation>
    </message>
    <message>
        <source>Create your first API key</source>
        <translation>最初の API キーを作成</translation>
    </message>
    <message>
        <source>New API Key</source>
        <translation>新しい API キー</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Filter by name, key ID, role or creator</source>
        <translation>名前・ID・ロール・作成者</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効にする</translation>
    </message>
    <message>
        <source>Disable the key this app uses?</source>
        <translation>このアプリが使用しているキーを無効にしますか?</translation>
    </message>
    <message>
        <source>“%1” is the key this profile signs in with. Once it is disabled, this app loses access to the organization until you sign in with another key.</source>
        <translation>「%1」はこのプロファイルのサインインに使われているキーです。無効にすると、別のキーでサインインするまで、このアプリは組織にアクセスできなくなります。</translation>
    </message>
    <message>
        <source>This key cannot delete itself</source>
        <translation>このキーは自分自身を削除できません</translation>
    </message>
    <message>
        <source>“%1” is (or is probably) the key this profile signs in with, and a key cannot delete itself. Sign in with another key to delete it, or rotate it to replace it safely.</source>
        <translation>「%1」はこのプロファイルのサインインに使われている (またはその可能性が高い) キーで、キーは自分自身を削除できません。削除するには別のキーでサインインしてください。安全に置き換えるにはローテーションを使ってください。</translation>
    </message>
    <message>
        <source>Delete API key?</source>
        <translation>API キーを削除しますか?</translation>
    </message>
    <message>
        <source>Delete the API key “%1” (key ID ending in %2)? This is permanent: anything using it loses access.</source>
        <translation>API キー「%1」(キー ID の末尾 %2) を削除しますか? この操作は元に戻せません。このキーを使っているものはすべてアクセスできなくなります。</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <source>Rotation replaces the key this app uses</source>
        <translation>ローテーションはこのアプリが使用するキーを置き換えます</translation>
    </message>
    <message>
        <source>Guided rotation replaces the key the current profile signs in with and stores the new secret for it. “%1” is not that key: create a new key and update whatever uses this one, then delete it.</source>
        <translation>ガイド付きローテーションは、現在のプロファイルのサインインに使われているキーを置き換え、新しいシークレットをそのプロファイル用に保存します。「%1」はそのキーではありません。新しいキーを作成し、このキーを使っているものを更新してから、このキーを削除してください。</translation>
    </message>
    <message>
        <source>Looking up who created the keys: %1 of %2 months read…</source>
        <translation>キーの作成者を検索中: %2 か月分のうち %1 か月分を読み込みました…</translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation>API キーを絞り込む</translation>
    </message>
    <message>
        <source>Key state</source>
        <translation>キーの状態</translation>
    </message>
    <message>
        <source>Keys health:</source>
        <translation>キーの健全性:</translation>
    </message>
    <message>
        <source>Never used (%1)</source>
        <translation>未使用 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Unused for %n days (%1)</source>
        <translation>
            <numerusform>%n 日間未使用 (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open to anywhere (%1)</source>
        <translation>どこからでもアクセス可能 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n days (%1)</source>
        <translation>
            <numerusform>%n 日以内に期限切れ (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Query Endpoints…</source>
        <translation>クエリエンドポイント…</translation>
    </message>
    <message numerus="yes">
        <source>Which services this key can query through their query endpoints (reads at most %n services)</source>
        <translation>
            <numerusform>このキーがクエリエンドポイント経由でクエリできるサービス(最大 %n 件を読み取ります)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Query Endpoints of %1</source>
        <translation>%1 のクエリエンドポイント</translation>
    </message>
</context>
<context>
    <name>chcloud::MainWindow</name>
    <message>
        <source>Request Log</source>
        <translation>リクエストログ</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>プロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the current page (F5)</source>
        <translation>現在のページを再読み込みします (F5)</translation>
    </message>
    <message>
        <source>Request &amp;Log</source>
        <translation>リクエストログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>%1 について(&amp;A)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>%1 %2
A desktop console for the ClickHouse Cloud management API.</source>
        <translation>%1 %2
ClickHouse Cloud 管理 API のためのデスクトップコンソールです。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>The API allows 10 requests per 10 seconds per key; the app queues the rest.</source>
        <translation>API で送信できるリクエストは、キーごとに 10 秒あたり 10 件までです。超えた分はアプリが待機させます。</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (このセッションのみ)</translation>
    </message>
    <message>
        <source>%1 · %2 · this session only</source>
        <translation>%1 · %2 · このセッションのみ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Forget Everything…</source>
        <translation>すべて消去(&amp;F)…</translation>
    </message>
    <message>
        <source>Forget Everything</source>
        <translation>すべて消去</translation>
    </message>
    <message>
        <source>Remove everything this application keeps on this computer and sign out?</source>
        <translation>このアプリケーションがこのコンピューターに保存しているものをすべて削除し、サインアウトしますか?</translation>
    </message>
    <message>
        <source>This goes:
• %1

Nothing changes in ClickHouse Cloud: keys and services stay.</source>
        <translation>削除されるもの:
• %1

ClickHouse Cloud 側は何も変更されません。キーとサービスはそのまま残ります。</translation>
    </message>
    <message>
        <source>%1

You are still signed in with “%2”.</source>
        <translation>%1

引き続き「%2」でサインインしています。</translation>
    </message>
    <message>
        <source>Switching profile failed</source>
        <translation>プロファイルを切り替えられませんでした</translation>
    </message>
</context>
<context>
    <name>chcloud::MemberRolesDialog</name>
    <message>
        <source>Change Roles</source>
        <translation>ロールの変更</translation>
    </message>
    <message>
        <source>Roles of &lt;b&gt;%1&lt;/b&gt; in this organization:</source>
        <translation>この組織での &lt;b&gt;%1&lt;/b&gt; のロール:</translation>
    </message>
</context>
<context>
    <name>chcloud::MembersModel</name>
    <message>
        <source>User ID: %1</source>
        <translation>ユーザー ID: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>参加日</translation>
    </message>
</context>
<context>
    <name>chcloud::MembersPage</name>
    <message>
        <source>Could not load members: %1</source>
        <translation>メンバーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation>メンバーを削除しました。</translation>
    </message>
    <message>
        <source>Roles changed.</source>
        <translation>ロールを変更しました。</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>%1 に招待を送信しました。</translation>
    </message>
    <message>
        <source>Invitation revoked.</source>
        <translation>招待を取り消しました。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Filter members by name, e-mail or role</source>
        <translation>名前、メールアドレス、ロールでメンバーを絞り込み</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Change Roles…</source>
        <translation>ロールを変更…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>招待…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>取り消し…</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>メンバー (%1)</translation>
    </message>
    <message>
        <source>Pending invitations (%1)</source>
        <translation>保留中の招待 (%1)</translation>
    </message>
    <message>
        <source>Revoke Invitation</source>
        <translation>招待の取り消し</translation>
    </message>
    <message>
        <source>Revoke the invitation for %1? The link in their e-mail stops working.</source>
        <translation>%1 への招待を取り消しますか? 招待メール内のリンクは使えなくなります。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove Member</source>
        <translation>メンバーの削除</translation>
    </message>
    <message>
        <source>Remove %1 from the organization? They lose access to the organization and its services at once.</source>
        <translation>%1 を組織から削除しますか? このメンバーは組織とそのサービスにただちにアクセスできなくなります。</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>メンバーを絞り込む</translation>
    </message>
</context>
<context>
    <name>chcloud::MembersViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>ロールを 1 つ以上選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n members could not be read.</source>
        <translation>
            <numerusform>メンバー %n 件中 %1 件を読み取れませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::NetworkTransport</name>
    <message>
        <source>The reply is larger than %1; the transfer was stopped.</source>
        <translation>応答が %1 を超えたため、転送を中止しました。</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1: only https:// (or http:// to this computer, as 127.0.0.1 or [::1]) is allowed</source>
        <translation>%1 への認証情報の送信を拒否しました: 使用できるのは https:// (またはこのコンピューター(127.0.0.1 または [::1])宛ての http://) だけです</translation>
    </message>
</context>
<context>
    <name>chcloud::NetworkingTab</name>
    <message>
        <source>IP access list</source>
        <translation>IP アクセスリスト</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Private endpoint</source>
        <translation>プライベートエンドポイント</translation>
    </message>
    <message>
        <source>vpce-0123456789abcdef0</source>
        <translation>vpce-0123456789abcdef0</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Add endpoint ID</source>
        <translation>エンドポイント ID を追加</translation>
    </message>
    <message>
        <source>Endpoint ID:</source>
        <translation>エンドポイント ID:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Endpoint service: %1</source>
        <translation>エンドポイントサービス: %1</translation>
    </message>
    <message>
        <source>Private DNS host: %1</source>
        <translation>プライベート DNS ホスト: %1</translation>
    </message>
    <message>
        <source>Private endpoints of this service: %1</source>
        <translation>このサービスのプライベートエンドポイント: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Private endpoint %1 added.</source>
        <translation>プライベートエンドポイント %1 を追加しました。</translation>
    </message>
    <message>
        <source>Empty IP access list</source>
        <translation>IP アクセスリストが空です</translation>
    </message>
    <message>
        <source>With an empty IP access list the service accepts no traffic at all. Apply anyway?</source>
        <translation>IP アクセスリストが空の場合、サービスは一切の通信を受け付けません。このまま適用しますか?</translation>
    </message>
    <message>
        <source>Block all traffic</source>
        <translation>すべての通信を遮断</translation>
    </message>
    <message>
        <source>Open to anywhere</source>
        <translation>すべての場所に公開</translation>
    </message>
    <message>
        <source>0.0.0.0/0 lets every address on the internet connect to the service. Apply anyway?</source>
        <translation>0.0.0.0/0 を指定すると、インターネット上のすべてのアドレスからサービスに接続できます。このまま適用しますか?</translation>
    </message>
    <message>
        <source>Allow from anywhere</source>
        <translation>すべての場所から許可</translation>
    </message>
    <message>
        <source>IP access list updated.</source>
        <translation>IP アクセスリストを更新しました。</translation>
    </message>
</context>
<context>
    <name>chcloud::NotificationPresenter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>chcloud::Notifier</name>
    <message>
        <source>The key this profile signs in with, “%1”, expires on %2. Rotate it before then (API Keys ▸ Rotate).</source>
        <translation>このプロファイルがサインインに使うキー「%1」は %2 に期限切れになります。それまでにローテーションしてください（API キー ▸ ローテーション）。</translation>
    </message>
    <message>
        <source>The API key “%1” expires on %2.</source>
        <translation>API キー「%1」は %2 に期限切れになります。</translation>
    </message>
    <message>
        <source>API key expires soon</source>
        <translation>API キーの期限が近づいています</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Background requests keep failing</source>
        <translation>バックグラウンドのリクエストが失敗し続けています</translation>
    </message>
    <message>
        <source>The last %1 background requests failed (the last one: %2 %3, %4). What the pages show may be out of date until they succeed again.</source>
        <translation>直近 %1 件のバックグラウンドリクエストが失敗しました（最後: %2 %3、%4）。再び成功するまで、ページの表示が古い可能性があります。</translation>
    </message>
    <message>
        <source>Starting “%1” failed: %2</source>
        <translation>「%1」の起動に失敗しました: %2</translation>
    </message>
    <message>
        <source>Stopping “%1” failed: %2</source>
        <translation>「%1」の停止に失敗しました: %2</translation>
    </message>
    <message>
        <source>Waking “%1” failed: %2</source>
        <translation>「%1」の復帰に失敗しました: %2</translation>
    </message>
    <message>
        <source>Deleting “%1” failed: %2</source>
        <translation>「%1」の削除に失敗しました: %2</translation>
    </message>
    <message>
        <source>Service change failed</source>
        <translation>サービスの変更に失敗しました</translation>
    </message>
    <message>
        <source>Service deleted</source>
        <translation>サービスを削除しました</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>サービスを起動しました</translation>
    </message>
    <message>
        <source>Service stopped</source>
        <translation>サービスを停止しました</translation>
    </message>
    <message>
        <source>Service awake</source>
        <translation>サービスが復帰しました</translation>
    </message>
    <message>
        <source>“%1” is now %2.</source>
        <translation>「%1」は現在 %2 です。</translation>
    </message>
    <message>
        <source>“%1” ended up %2.</source>
        <translation>「%1」は最終的に %2 になりました。</translation>
    </message>
</context>
<context>
    <name>chcloud::OrganizationPage</name>
    <message>
        <source>Could not load the organization: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Organization renamed to %1.</source>
        <translation>組織名を %1 に変更しました。</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Copy the organization ID</source>
        <translation>組織 ID をコピーします</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日:</translation>
    </message>
    <message>
        <source>Crash reports:</source>
        <translation>クラッシュレポート:</translation>
    </message>
    <message>
        <source>Bring your own cloud:</source>
        <translation>BYOC (独自クラウド):</translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation>プライベートエンドポイント</translation>
    </message>
    <message>
        <source>No private endpoints are allowed for this organization.</source>
        <translation>この組織で許可されているプライベートエンドポイントはありません。</translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Endpoint service to connect your private endpoint to</source>
        <translation>プライベートエンドポイントの接続先となるエンドポイントサービス</translation>
    </message>
    <message>
        <source>Endpoint service in</source>
        <translation>エンドポイントサービスの場所:</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>収集あり</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>収集なし</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2 %3, %4)</source>
        <translation>%1 (%2 %3、%4)</translation>
    </message>
    <message>
        <source>Organization ID copied.</source>
        <translation>組織 ID をコピーしました。</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>検索中…</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <source>Endpoint service provider</source>
        <translation>エンドポイントサービスのプロバイダー</translation>
    </message>
    <message>
        <source>Endpoint service region</source>
        <translation>エンドポイントサービスのリージョン</translation>
    </message>
    <message>
        <source>Endpoint service ID</source>
        <translation>エンドポイントサービス ID</translation>
    </message>
</context>
<context>
    <name>chcloud::OrganizationViewModel</name>
    <message>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>The name is too long: at most %n characters.</source>
        <translation>
            <numerusform>名前が長すぎます。%n 文字以内にしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The name cannot contain control characters.</source>
        <translation>名前に制御文字は使用できません。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>chcloud::Page</name>
    <message>
        <source>Your API key lacks the permission %1.</source>
        <translation>この API キーには権限 %1 がありません。</translation>
    </message>
</context>
<context>
    <name>chcloud::PasswordRevealDialog</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>キーチェーンに保存</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <source>This is the password of the &lt;b&gt;default&lt;/b&gt; user of &lt;b&gt;%1&lt;/b&gt;. It is shown only now: copy it or store it before closing this window.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の &lt;b&gt;default&lt;/b&gt; ユーザーのパスワードです。表示されるのは今回だけです。このウィンドウを閉じる前に、コピーまたは保存してください。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Copies the password; the clipboard is cleared after 30 seconds if it still holds it.</source>
        <translation>パスワードをコピーします。30 秒後にクリップボードにまだ残っていれば消去されます。</translation>
    </message>
    <message>
        <source>Keeps the password in: %1</source>
        <translation>パスワードの保存先: %1</translation>
    </message>
    <message>
        <source>No keychain is available in this session.</source>
        <translation>このセッションでは利用できるキーチェーンがありません。</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in 30 seconds if it still holds the password.</source>
        <translation>コピーしました。30 秒後にクリップボードにパスワードがまだ残っていれば消去されます。</translation>
    </message>
    <message>
        <source>Storing…</source>
        <translation>保存中…</translation>
    </message>
</context>
<context>
    <name>chcloud::PreferencesDialog</name>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation>デスクトップ通知を表示する(&amp;N)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the application starts.</source>
        <translation>言語の変更は、次回アプリケーションを起動したときに反映されます。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>A copied key secret or password is taken off the clipboard after this time. It cannot be turned off.</source>
        <translation>コピーしたキーシークレットやパスワードは、この時間が経過するとクリップボードから消去されます。この機能は無効にできません。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日前</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Clear &amp;clipboard after:</source>
        <translation>クリップボードを消去するまで(&amp;C):</translation>
    </message>
    <message>
        <source>Warn about keys expiring &amp;within:</source>
        <translation>キーの期限切れを警告(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外観(&amp;A):</translation>
    </message>
    <message>
        <source>Reloads the page on screen at this interval. Every page load counts against the API&apos;s limit of 10 requests per 10 seconds per key.</source>
        <translation>表示中のページをこの間隔で再読み込みします。読み込みのたびに、キーごとに 10 秒あたり 10 リクエストという API の上限に数えられます。</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>%1 秒ごと</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>1 分ごと</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>%1 分ごと</translation>
    </message>
    <message>
        <source>&amp;Refresh automatically:</source>
        <translation>自動更新(&amp;R):</translation>
    </message>
</context>
<context>
    <name>chcloud::PrivateEndpointsModel</name>
    <message>
        <source>Endpoint ID</source>
        <translation>エンドポイント ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>クラウドプロバイダー</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
</context>
<context>
    <name>chcloud::Profile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>API アドレスが有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>API アドレスは https:// で始めてください。</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>API アドレスにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>The profile needs an API key ID.</source>
        <translation>プロファイルの API キー ID を入力してください。</translation>
    </message>
</context>
<context>
    <name>chcloud::ProfileDialog</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Edit Profile</source>
        <translation>プロファイルの編集</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番環境</translation>
    </message>
    <message>
        <source>API key ID</source>
        <translation>API キー ID</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>保存済みのシークレットを使い続ける場合は空欄のままにします</translation>
    </message>
    <message>
        <source>API key secret</source>
        <translation>API キーシークレット</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API ベース URL:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ラベル(&amp;L):</translation>
    </message>
    <message>
        <source>Key &amp;ID:</source>
        <translation>キー ID(&amp;I):</translation>
    </message>
    <message>
        <source>Key &amp;secret:</source>
        <translation>キーシークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <source>The key secret is kept in the system keychain, never in a file.</source>
        <translation>キーシークレットはシステムのキーチェーンに保存され、ファイルには書き込まれません。</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Keychain Not Available</source>
        <translation>キーチェーンを利用できません</translation>
    </message>
    <message>
        <source>The profile can still be used until the application quits, with its secret held in memory only. It will not be saved.</source>
        <translation>シークレットをメモリにのみ保持して、アプリケーションを終了するまでこのプロファイルを使うことはできます。プロファイルは保存されません。</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>このセッションのみ使用</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>This URL uses plain http://: the key secret would travel unencrypted. It is only accepted for a server on this computer, written as 127.0.0.1 or [::1], and such a profile is never signed in automatically at start-up.</source>
        <translation>この URL は暗号化されない http:// を使用しているため、キーシークレットが暗号化されずに送信されます。127.0.0.1 または [::1] と記述した、このコンピューター上のサーバーに対してのみ使用でき、そのようなプロファイルは起動時に自動でサインインしません。</translation>
    </message>
</context>
<context>
    <name>chcloud::ProfileManagerDialog</name>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>デフォルトに設定(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (デフォルト)</translation>
    </message>
    <message>
        <source>%1 (this session only)</source>
        <translation>%1 (このセッションのみ)</translation>
    </message>
    <message>
        <source>Key %1 at %2</source>
        <translation>キー %1 (%2)</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its key secret from the keychain? The key itself stays valid in ClickHouse Cloud.</source>
        <translation>プロファイル「%1」とそのキーシークレットをキーチェーンから削除しますか? キー自体は ClickHouse Cloud で引き続き有効です。</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>プロファイル「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>chcloud::ProfilesViewModel</name>
    <message>
        <source>Enter the key ID and the key secret first.</source>
        <translation>先にキー ID とキーシークレットを入力してください。</translation>
    </message>
    <message>
        <source>The key works but belongs to no organization.</source>
        <translation>キーは機能しますが、どの組織にも属していません。</translation>
    </message>
    <message>
        <source>Enter the key secret.</source>
        <translation>キーシークレットを入力してください。</translation>
    </message>
    <message>
        <source>The profile could not be added.</source>
        <translation>プロファイルを追加できませんでした。</translation>
    </message>
    <message>
        <source>The profile could not be updated.</source>
        <translation>プロファイルを更新できませんでした。</translation>
    </message>
    <message>
        <source>The key secret could not be stored: %1</source>
        <translation>キーシークレットを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>そのようなプロファイルはありません。</translation>
    </message>
    <message>
        <source>The profile is gone, but its keychain entry could not be removed: %1</source>
        <translation>プロファイルは削除されましたが、キーチェーンのエントリを削除できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) with their key secrets: %1</source>
        <translation>
            <numerusform>プロファイル %n 件とそのキーシークレット: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored service password(s)</source>
        <translation>
            <numerusform>保存済みのサービスパスワード %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of this application in the system keychain</source>
        <translation>
            <numerusform>システムのキーチェーン内にある、このアプリケーションのエントリ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>the application&apos;s settings (window layout, last page)</source>
        <translation>アプリケーションの設定 (ウィンドウのレイアウト、最後に開いたページ)</translation>
    </message>
    <message>
        <source>Everything is forgotten: no profile, secret or setting of this application is left.</source>
        <translation>すべて消去しました。このアプリケーションのプロファイル、シークレット、設定は残っていません。</translation>
    </message>
    <message>
        <source>Profiles and settings are gone, but some keychain entries could not be removed: %1</source>
        <translation>プロファイルと設定は削除されましたが、一部のキーチェーンのエントリを削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>chcloud::QueryEndpointKeysModel</name>
    <message>
        <source>Key %1 (not in this organization&apos;s list)</source>
        <translation>キー %1(この組織の一覧にありません)</translation>
    </message>
</context>
<context>
    <name>chcloud::QueryEndpointTab</name>
    <message>
        <source>Read only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <source>API keys that may use the query endpoint</source>
        <translation>クエリエンドポイントを使用できる API キー</translation>
    </message>
    <message>
        <source>https://app.example.com, https://grafana.example.com</source>
        <translation>https://app.example.com, https://grafana.example.com</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <source>Allowed origins:</source>
        <translation>許可するオリジン:</translation>
    </message>
    <message>
        <source>The query endpoint runs SQL over HTTP for the API keys checked below, with the console role given, from the browser origins listed.</source>
        <translation>クエリエンドポイントは、下でチェックした API キーに対し、指定したコンソールロールで、一覧のブラウザーオリジンから HTTP 経由で SQL を実行します。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The query endpoint is enabled.</source>
        <translation>クエリエンドポイントは有効です。</translation>
    </message>
    <message>
        <source>The query endpoint is not enabled.</source>
        <translation>クエリエンドポイントは有効になっていません。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>有効にする</translation>
    </message>
    <message>
        <source>Query endpoint enabled.</source>
        <translation>クエリエンドポイントを有効にしました。</translation>
    </message>
    <message>
        <source>Query endpoint saved.</source>
        <translation>クエリエンドポイントを保存しました。</translation>
    </message>
    <message>
        <source>Disable the query endpoint</source>
        <translation>クエリエンドポイントの無効化</translation>
    </message>
    <message>
        <source>Programs that query this service over the endpoint stop working. Disable it?</source>
        <translation>このエンドポイント経由でサービスに問い合わせるプログラムは動作しなくなります。無効にしますか?</translation>
    </message>
    <message>
        <source>Query endpoint disabled.</source>
        <translation>クエリエンドポイントを無効にしました。</translation>
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
        <translation>%1 / %2 (上限超過)</translation>
    </message>
    <message>
        <source>%1 of %2 (limit reached)</source>
        <translation>%1 / %2 (上限到達)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Per warehouse</source>
        <translation>ウェアハウスごと</translation>
    </message>
    <message>
        <source>On request to support</source>
        <translation>サポートへの依頼で可</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不可</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>適用範囲</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用状況</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Can be raised</source>
        <translation>引き上げ</translation>
    </message>
</context>
<context>
    <name>chcloud::QuotasPanel</name>
    <message>
        <source>Quotas</source>
        <translation>クォータ</translation>
    </message>
    <message>
        <source>Could not load the quotas: %1</source>
        <translation>クォータを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading quotas…</source>
        <translation>クォータを読み込み中…</translation>
    </message>
    <message>
        <source>The organization reports no quotas.</source>
        <translation>この組織からはクォータが報告されていません。</translation>
    </message>
</context>
<context>
    <name>chcloud::QuotasViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
</context>
<context>
    <name>chcloud::RequestLogModel</name>
    <message>
        <source>bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>認証エラー</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>アクセス拒否</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>failed dependency</source>
        <translation>依存関係エラー</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP エラー</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation>想定外の応答</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>refused: insecure URL</source>
        <translation>拒否: 安全でない URL</translation>
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
            <numerusform>%n 回試行</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>待機時間</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>interactive</source>
        <translation>対話操作</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>表示中</translation>
    </message>
    <message>
        <source>background</source>
        <translation>バックグラウンド</translation>
    </message>
</context>
<context>
    <name>chcloud::RequestLogPanel</name>
    <message>
        <source>Copy as curl</source>
        <translation>curl としてコピー</translation>
    </message>
    <message>
        <source>Copies the selected request as a curl command. The key is read from the environment variables CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET.</source>
        <translation>選択したリクエストを curl コマンドとしてコピーします。キーは環境変数 CLICKHOUSE_CLOUD_API_KEY と CLICKHOUSE_CLOUD_API_SECRET から読み取られます。</translation>
    </message>
    <message>
        <source>Requests of this session, newest last. Secrets are never logged.</source>
        <translation>このセッションのリクエスト (新しいものが末尾)。シークレットが記録されることはありません。</translation>
    </message>
    <message>
        <source>Copied as curl; set CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET to run it.</source>
        <translation>curl としてコピーしました。実行するには CLICKHOUSE_CLOUD_API_KEY と CLICKHOUSE_CLOUD_API_SECRET を設定してください。</translation>
    </message>
</context>
<context>
    <name>chcloud::RoleEditorDialog</name>
    <message>
        <source>&amp;Add Policy</source>
        <translation>ポリシーを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Policy</source>
        <translation>ポリシーを削除(&amp;M)</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>ロールの編集</translation>
    </message>
    <message>
        <source>New Role</source>
        <translation>新しいロール</translation>
    </message>
    <message>
        <source>e.g. Service operators</source>
        <translation>例: サービス運用担当</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Not named in the API document; used by a role of this organization.</source>
        <translation>API ドキュメントには記載されていません。この組織のロールで使われています。</translation>
    </message>
    <message>
        <source>organization/*, instance/*, instance/&lt;service id&gt;</source>
        <translation>organization/*, instance/*, instance/&lt;サービス ID&gt;</translation>
    </message>
    <message>
        <source>Save Role</source>
        <translation>ロールを保存</translation>
    </message>
    <message>
        <source>Create Role</source>
        <translation>ロールを作成</translation>
    </message>
    <message>
        <source>Selected policy</source>
        <translation>選択したポリシー</translation>
    </message>
    <message>
        <source>&amp;Effect:</source>
        <translation>効果(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Permissions:</source>
        <translation>権限(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Resources:</source>
        <translation>リソース(&amp;R):</translation>
    </message>
    <message>
        <source>Separate several with commas. organization/* is the whole organization, instance/* every service, instance/&lt;id&gt; one service.</source>
        <translation>複数ある場合はカンマで区切ります。organization/* は組織全体、instance/* はすべてのサービス、instance/&lt;ID&gt; は 1 つのサービスです。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;olicies:</source>
        <translation>ポリシー(&amp;O):</translation>
    </message>
    <message>
        <source>SQL console role %1</source>
        <translation>SQL コンソールのロール %1</translation>
    </message>
    <message>
        <source>grants %1</source>
        <translation>グラント %1</translation>
    </message>
    <message>
        <source>Kept as they are: %1.</source>
        <translation>そのまま保持されます: %1。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>chcloud::RoleHoldersDialog</name>
    <message>
        <source>Assign Role</source>
        <translation>ロールの割り当て</translation>
    </message>
    <message>
        <source>Members and API keys</source>
        <translation>メンバーと API キー</translation>
    </message>
    <message>
        <source>API key: %1</source>
        <translation>API キー: %1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>メンバー: %1</translation>
    </message>
    <message>
        <source>Who holds the role “%1”:</source>
        <translation>ロール「%1」を保持するユーザー:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Only part of the change was saved:</source>
        <translation>変更の一部のみが保存されました:</translation>
    </message>
</context>
<context>
    <name>chcloud::RoleHoldersUpdate</name>
    <message>
        <source>Nothing to change.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API キー %1</translation>
    </message>
    <message>
        <source>%1: role given.</source>
        <translation>%1: ロールを付与しました。</translation>
    </message>
    <message>
        <source>%1: role taken away.</source>
        <translation>%1: ロールを外しました。</translation>
    </message>
    <message>
        <source>%1: not changed: %2</source>
        <translation>%1: 変更されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>chcloud::RolePicker</name>
    <message>
        <source>Organization-wide role (legacy roles: choose one)</source>
        <translation>組織全体のロール (従来のロール: 1 つ選択)</translation>
    </message>
</context>
<context>
    <name>chcloud::RolesModel</name>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>(no effect given)</source>
        <translation>(効果の指定なし)</translation>
    </message>
    <message>
        <source>(no permissions)</source>
        <translation>(権限なし)</translation>
    </message>
    <message>
        <source>(no resources)</source>
        <translation>(リソースなし)</translation>
    </message>
    <message>
        <source>%1 %2 on %3</source>
        <translation>%1 %2 (対象: %3)</translation>
    </message>
    <message>
        <source>; SQL console: %1</source>
        <translation>; SQL コンソール: %1</translation>
    </message>
    <message>
        <source>; grants: %1</source>
        <translation>; 付与権限: %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <source>(no policies)</source>
        <translation>(ポリシーなし)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>割り当て先</translation>
    </message>
</context>
<context>
    <name>chcloud::RolesPanel</name>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Could not load the roles: %1</source>
        <translation>ロールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>ロールを読み込み中…</translation>
    </message>
    <message>
        <source>New Role…</source>
        <translation>新しいロール…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Create a custom role with its own policies</source>
        <translation>独自のポリシーを持つカスタムロールを作成します</translation>
    </message>
    <message>
        <source>Select a custom role first.</source>
        <translation>先にカスタムロールを選択してください。</translation>
    </message>
    <message>
        <source>Change the name and policies of the selected role</source>
        <translation>選択したロールの名前とポリシーを変更します</translation>
    </message>
    <message>
        <source>Delete the selected role; whoever holds it loses it</source>
        <translation>選択したロールを削除します。保持しているメンバーやキーはロールを失います</translation>
    </message>
    <message>
        <source>Nobody holds it.</source>
        <translation>保持している人はいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) or API key(s) hold it and will lose what it grants.</source>
        <translation>
            <numerusform>%n 件のメンバーまたは API キーがこのロールを保持しており、その権限を失います。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>ロールを削除</translation>
    </message>
    <message>
        <source>Delete the role “%1”? %2</source>
        <translation>ロール「%1」を削除しますか? %2</translation>
    </message>
    <message>
        <source>The role was not deleted: %1</source>
        <translation>ロールは削除されませんでした: %1</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>割り当て…</translation>
    </message>
    <message>
        <source>Choose which members and API keys hold the selected role</source>
        <translation>選択したロールを保持するメンバーと API キーを選びます</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>先にロールを選択してください。</translation>
    </message>
</context>
<context>
    <name>chcloud::RolesViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API キー %1</translation>
    </message>
    <message>
        <source>System roles are defined by ClickHouse Cloud and cannot be changed or deleted.</source>
        <translation>システムロールは ClickHouse Cloud が定義するもので、変更や削除はできません。</translation>
    </message>
    <message>
        <source>Give the role a name.</source>
        <translation>ロールに名前を付けてください。</translation>
    </message>
    <message>
        <source>The name is too long: at most 255 characters.</source>
        <translation>名前が長すぎます。255 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A role named “%1” already exists.</source>
        <translation>「%1」という名前のロールはすでに存在します。</translation>
    </message>
    <message>
        <source>Add at least one policy: a role without one grants nothing.</source>
        <translation>ポリシーを 1 つ以上追加してください。ポリシーのないロールは何も許可しません。</translation>
    </message>
    <message>
        <source>Policy %1: choose Allow or Deny.</source>
        <translation>ポリシー %1: 許可か拒否を選んでください。</translation>
    </message>
    <message>
        <source>Policy %1: choose at least one permission.</source>
        <translation>ポリシー %1: 権限を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Policy %1: “%2” is not a permission.</source>
        <translation>ポリシー %1: 「%2」は権限ではありません。</translation>
    </message>
    <message>
        <source>Policy %1: name at least one resource, such as organization/* or instance/*.</source>
        <translation>ポリシー %1: organization/* や instance/* などのリソースを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Policy %1: “%2” is not a resource; write organization/*, instance/* or instance/&lt;service id&gt;.</source>
        <translation>ポリシー %1: 「%2」はリソースではありません。organization/*、instance/*、instance/&lt;サービス ID&gt; のように書いてください。</translation>
    </message>
    <message>
        <source>The role is no longer listed. Refresh and try again.</source>
        <translation>このロールは一覧にありません。更新してもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is no longer listed. Refresh and try again.</source>
        <translation>%1 は一覧にありません。更新してもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 would be left without any role. Give it another role first.</source>
        <translation>%1 のロールがなくなります。先に別のロールを付与してください。</translation>
    </message>
    <message>
        <source>%1 has only a legacy role; change its roles on its own page.</source>
        <translation>%1 は従来のロールのみを持っています。専用のページでロールを変更してください。</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更はありません。</translation>
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
        <translation>アイドル時にゼロへスケール</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>after</source>
        <translation>待機時間</translation>
    </message>
    <message>
        <source>Memory per replica:</source>
        <translation>レプリカあたりのメモリ:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>レプリカ数:</translation>
    </message>
    <message>
        <source>Idle scaling:</source>
        <translation>アイドルスケーリング:</translation>
    </message>
    <message>
        <source>Vertical: fixed replicas, memory scales</source>
        <translation>垂直: レプリカ数は固定、メモリをスケール</translation>
    </message>
    <message>
        <source>Horizontal: replicas scale, fixed memory</source>
        <translation>水平: レプリカ数をスケール、メモリは固定</translation>
    </message>
    <message>
        <source>Autoscaling:</source>
        <translation>オートスケーリング:</translation>
    </message>
    <message>
        <source>Replicas between:</source>
        <translation>レプリカ数の範囲:</translation>
    </message>
    <message>
        <source>Keep the current mode</source>
        <translation>現在のモードを維持</translation>
    </message>
    <message>
        <source>Keep the current mode (%1)</source>
        <translation>現在のモードを維持 (%1)</translation>
    </message>
    <message>
        <source>Minimum memory per replica</source>
        <translation>レプリカあたりの最小メモリ</translation>
    </message>
    <message>
        <source>Maximum memory per replica</source>
        <translation>レプリカあたりの最大メモリ</translation>
    </message>
    <message>
        <source>Idle time before scaling to zero</source>
        <translation>ゼロにスケールするまでのアイドル時間</translation>
    </message>
    <message>
        <source>Number of replicas</source>
        <translation>レプリカ数</translation>
    </message>
    <message>
        <source>Minimum number of replicas</source>
        <translation>最小レプリカ数</translation>
    </message>
    <message>
        <source>Maximum number of replicas</source>
        <translation>最大レプリカ数</translation>
    </message>
</context>
<context>
    <name>chcloud::ScalingTab</name>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Upgrade window</source>
        <translation>アップグレード期間</translation>
    </message>
    <message>
        <source>Day of the upgrade window</source>
        <translation>アップグレード期間の曜日</translation>
    </message>
    <message>
        <source>Hours of the upgrade window</source>
        <translation>アップグレード期間の時間帯</translation>
    </message>
    <message>
        <source>%1:00–%2:00 UTC</source>
        <translation>%1:00–%2:00 UTC</translation>
    </message>
    <message>
        <source>Set window</source>
        <translation>期間を設定</translation>
    </message>
    <message>
        <source>Remove window</source>
        <translation>期間を削除</translation>
    </message>
    <message>
        <source>Upgrade window set.</source>
        <translation>アップグレード期間を設定しました。</translation>
    </message>
    <message>
        <source>Upgrade window removed.</source>
        <translation>アップグレード期間を削除しました。</translation>
    </message>
    <message>
        <source>Scaling schedule</source>
        <translation>スケーリングスケジュール</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>営業時間</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>曜日:</translation>
    </message>
    <message>
        <source>First hour of the entry (UTC)</source>
        <translation>エントリの開始時刻(UTC)</translation>
    </message>
    <message>
        <source>:00 UTC</source>
        <translation>:00 UTC</translation>
    </message>
    <message>
        <source>End hour of the entry (UTC)</source>
        <translation>エントリの終了時刻(UTC)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始:</translation>
    </message>
    <message>
        <source> GiB per replica</source>
        <translation> GiB/レプリカ</translation>
    </message>
    <message>
        <source> replicas</source>
        <translation> レプリカ</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>メモリ:</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>レプリカ数:</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>エントリを追加</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>エントリを削除</translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation>スケジュールを保存</translation>
    </message>
    <message>
        <source>Clear schedule</source>
        <translation>スケジュールを消去</translation>
    </message>
    <message>
        <source>Scaling schedule saved.</source>
        <translation>スケーリングスケジュールを保存しました。</translation>
    </message>
    <message>
        <source>Clear the scaling schedule</source>
        <translation>スケーリングスケジュールの消去</translation>
    </message>
    <message>
        <source>Every entry of the schedule is removed; the service keeps its base scaling at all times. Clear it?</source>
        <translation>スケジュールのすべてのエントリが削除され、サービスは常に基本のスケーリングになります。消去しますか?</translation>
    </message>
    <message>
        <source>Scaling schedule cleared.</source>
        <translation>スケーリングスケジュールを消去しました。</translation>
    </message>
    <message>
        <source>Scaling updated.</source>
        <translation>スケーリングを更新しました。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No schedule: the service keeps its base scaling at all times.</source>
        <translation>スケジュールなし: サービスは常に基本のスケーリングで動作します。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; “%1” is in effect now.</source>
        <translation>
            <numerusform>%n 件のエントリ。現在「%1」が有効です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries; none is in effect now.</source>
        <translation>
            <numerusform>%n 件のエントリ。現在有効なものはありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrades may happen on %1 from %2:00 for %n hours (UTC).</source>
        <translation>
            <numerusform>アップグレードは %1 の %2:00 から %n 時間の間に行われることがあります(UTC)。</numerusform>
        </translation>
    </message>
    <message>
        <source>No upgrade window: upgrades may happen at any time.</source>
        <translation>アップグレード期間なし: アップグレードはいつでも行われることがあります。</translation>
    </message>
    <message>
        <source>Save schedule*</source>
        <translation>スケジュールを保存*</translation>
    </message>
</context>
<context>
    <name>chcloud::ScheduleEntriesModel</name>
    <message>
        <source>%1 (active now)</source>
        <translation>%1(現在有効)</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1–%2 GiB</source>
        <translation>%1～%2 GiB</translation>
    </message>
    <message numerus="yes">
        <source>%n replicas</source>
        <translation>
            <numerusform>%n レプリカ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 replicas</source>
        <translation>%1–%2 レプリカ</translation>
    </message>
    <message>
        <source>idles</source>
        <translation>アイドル時停止</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of weekdays</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>%1–%2 UTC</source>
        <translation>%1–%2 UTC</translation>
    </message>
    <message>
        <source>Give the entry a name.</source>
        <translation>エントリに名前を付けてください。</translation>
    </message>
    <message>
        <source>Pick at least one day.</source>
        <translation>少なくとも 1 日を選択してください。</translation>
    </message>
    <message>
        <source>The entry must start and end at different hours.</source>
        <translation>エントリの開始時刻と終了時刻は異なる必要があります。</translation>
    </message>
    <message>
        <source>Memory per replica is a multiple of 4 GiB from 8 to 356.</source>
        <translation>レプリカあたりのメモリは 8～356 の 4 GiB の倍数です。</translation>
    </message>
    <message>
        <source>The smallest memory may not exceed the largest.</source>
        <translation>最小メモリは最大メモリを超えられません。</translation>
    </message>
    <message>
        <source>Replicas go from 1 to 20.</source>
        <translation>レプリカ数は 1～20 です。</translation>
    </message>
    <message>
        <source>The idle timeout is at least 5 minutes.</source>
        <translation>アイドルタイムアウトは 5 分以上です。</translation>
    </message>
</context>
<context>
    <name>chcloud::ScheduleWeekView</name>
    <message>
        <source>Week view of the scaling schedule</source>
        <translation>スケーリングスケジュールの週表示</translation>
    </message>
    <message numerus="yes">
        <source>%n hours of the week have a schedule entry.</source>
        <translation>
            <numerusform>週のうち %n 時間にスケジュールのエントリがあります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ScreenshotTaker</name>
    <message>
        <source>The page “%1” did not finish loading within %2 s; saved what was on screen.</source>
        <translation>ページ「%1」の読み込みが %2 秒以内に完了しなかったため、表示中の内容を保存しました。</translation>
    </message>
    <message>
        <source>There is no page “%1”.</source>
        <translation>ページ「%1」はありません。</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Saved %1, but the page shows an error: %2</source>
        <translation>%1 を保存しましたが、ページにエラーが表示されています: %2</translation>
    </message>
    <message>
        <source>Saved %1. Warning: %2</source>
        <translation>%1 を保存しました。警告: %2</translation>
    </message>
    <message>
        <source>The page “%1” has no part “%2”.</source>
        <translation>ページ「%1」には「%2」という部分がありません。</translation>
    </message>
</context>
<context>
    <name>chcloud::SecretResult</name>
    <message>
        <source>No saved secret was found for this profile.</source>
        <translation>このプロファイルの保存済みシークレットが見つかりませんでした。</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key secret cannot be saved. You can still sign in for this session only; the secret is then forgotten when the application quits.</source>
        <translation>利用できるシステムのキーチェーンがないため、API キーのシークレットを保存できません。このセッションだけのサインインはできます。その場合、シークレットはアプリケーションの終了時に破棄されます。</translation>
    </message>
    <message>
        <source>The system keychain refused access. It may be locked: unlock it and try again.</source>
        <translation>システムのキーチェーンがアクセスを拒否しました。ロックされている可能性があります。ロックを解除してからもう一度お試しください。</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s). It may be waiting for you to unlock it.</source>
        <translation>
            <numerusform>システムのキーチェーンが %n 秒以内に応答しませんでした。ロックの解除を待っている可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムのキーチェーンがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>The system keychain is still busy with an earlier request, which may be waiting for you to unlock it. Try again once it has answered.</source>
        <translation>システムのキーチェーンは以前のリクエストをまだ処理中で、ロックの解除を待っている可能性があります。応答があってからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceBackupBucketViewModel</name>
    <message>
        <source>The backup bucket could not be loaded: %1</source>
        <translation>バックアップバケットを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 が必要です。</translation>
    </message>
    <message>
        <source>The bucket path</source>
        <translation>バケットのパス</translation>
    </message>
    <message>
        <source>The IAM role ARN</source>
        <translation>IAM ロール ARN</translation>
    </message>
    <message>
        <source>An IAM role ARN starts with arn:.</source>
        <translation>IAM ロール ARN は arn: で始まります。</translation>
    </message>
    <message>
        <source>The HMAC access key ID</source>
        <translation>HMAC アクセスキー ID</translation>
    </message>
    <message>
        <source>The HMAC secret</source>
        <translation>HMAC シークレット</translation>
    </message>
    <message>
        <source>The container name</source>
        <translation>コンテナー名</translation>
    </message>
    <message>
        <source>The connection string</source>
        <translation>接続文字列</translation>
    </message>
    <message>
        <source>Pick a cloud provider for the bucket.</source>
        <translation>バケットのクラウドプロバイダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceCreateDialog</name>
    <message>
        <source>Create service</source>
        <translation>サービスを作成</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新しいサービス</translation>
    </message>
    <message>
        <source>e.g. analytics-production</source>
        <translation>例: analytics-production</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Cloud provider:</source>
        <translation>クラウドプロバイダー:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>スケーリング</translation>
    </message>
    <message>
        <source>IP access list</source>
        <translation>IP アクセスリスト</translation>
    </message>
    <message>
        <source>Only these addresses may connect. Add your own network; 0.0.0.0/0 opens the service to the whole internet.</source>
        <translation>ここに記載したアドレスからのみ接続できます。ご自身のネットワークを追加してください。0.0.0.0/0 を指定すると、サービスがインターネット全体に公開されます。</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Empty IP access list</source>
        <translation>IP アクセスリストが空です</translation>
    </message>
    <message>
        <source>With an empty IP access list the service accepts no traffic at all until you add an address. Create it anyway?</source>
        <translation>IP アクセスリストが空の場合、アドレスを追加するまでサービスは一切の通信を受け付けません。このまま作成しますか?</translation>
    </message>
    <message>
        <source>Create without access</source>
        <translation>アクセスなしで作成</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
    <message numerus="yes">
        <source>The organization has reached its limit of %n service(s) (quota %1).</source>
        <translation>
            <numerusform>組織はサービス数の上限 %n 件に達しています (クォータ %1)。</numerusform>
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
        <translation>サービスを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Scaling</source>
        <translation>スケーリング</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Query endpoint</source>
        <translation>クエリエンドポイント</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceDetailsViewModel</name>
    <message>
        <source>The backups could not be loaded: %1</source>
        <translation>バックアップを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The backup schedule could not be loaded: %1</source>
        <translation>バックアップスケジュールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The private endpoint configuration could not be loaded: %1</source>
        <translation>プライベートエンドポイントの構成を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Backups are kept for whole days, from 1 to 45.</source>
        <translation>バックアップの保持期間は 1～45 の日数で指定してください。</translation>
    </message>
    <message>
        <source>The interval between backups must be at least one hour.</source>
        <translation>バックアップの間隔は 1 時間以上にしてください。</translation>
    </message>
    <message>
        <source>The start time must be HH:MM (UTC), for example 02:30.</source>
        <translation>開始時刻は HH:MM (UTC) の形式で指定してください (例: 02:30)。</translation>
    </message>
    <message>
        <source>No service is selected.</source>
        <translation>サービスが選択されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backups could not be read.</source>
        <translation>
            <numerusform>バックアップ %n 件中 %1 件を読み取れませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceInputRules</name>
    <message>
        <source>A tag key is 1–128 letters, digits, dots, dashes or underscores.</source>
        <translation>タグキーは、英字、数字、ドット、ダッシュ、アンダースコアで 1～128 文字にしてください。</translation>
    </message>
    <message>
        <source>A tag value is up to 256 letters, digits, dots, dashes or underscores.</source>
        <translation>タグの値は、英字、数字、ドット、ダッシュ、アンダースコアで 256 文字以内にしてください。</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceOverviewTab</name>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>&lt;b&gt;Endpoints&lt;/b&gt;</source>
        <translation>&lt;b&gt;エンドポイント&lt;/b&gt;</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Service ID</source>
        <translation>サービス ID</translation>
    </message>
    <message>
        <source>Provider / region</source>
        <translation>プロバイダー / リージョン</translation>
    </message>
    <message>
        <source>ClickHouse version</source>
        <translation>ClickHouse バージョン</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>オートスケーリング</translation>
    </message>
    <message>
        <source>Memory per replica</source>
        <translation>レプリカあたりのメモリ</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>レプリカ数</translation>
    </message>
    <message>
        <source>Idle scaling</source>
        <translation>アイドルスケーリング</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Release channel</source>
        <translation>リリースチャネル</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>empty — no traffic is allowed</source>
        <translation>空 — 通信は一切許可されません</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>IP access list</source>
        <translation>IP アクセスリスト</translation>
    </message>
    <message>
        <source>Copy host and port</source>
        <translation>ホストとポートをコピー</translation>
    </message>
    <message>
        <source>Copy host and port of %1</source>
        <translation>%1 のホストとポートをコピー</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicePartViewModel</name>
    <message>
        <source>No service is selected.</source>
        <translation>サービスが選択されていません。</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicePasswordVault</name>
    <message>
        <source>No keychain is available: the password was not stored.</source>
        <translation>利用できるキーチェーンがないため、パスワードは保存されませんでした。</translation>
    </message>
    <message>
        <source>The password is stored in: %1.</source>
        <translation>パスワードの保存先: %1。</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>パスワードは保存されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicePrivateEndpointViewModel</name>
    <message>
        <source>The private endpoint configuration could not be loaded: %1</source>
        <translation>プライベートエンドポイントの構成を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Enter the endpoint ID from your cloud account (for example vpce-0123456789abcdef0).</source>
        <translation>クラウドアカウントのエンドポイント ID を入力してください(例: vpce-0123456789abcdef0)。</translation>
    </message>
    <message>
        <source>An endpoint ID is up to 255 letters, digits and . _ : / - characters.</source>
        <translation>エンドポイント ID は最大 255 文字の英字、数字、. _ : / - です。</translation>
    </message>
    <message>
        <source>The description is longer than 255 characters.</source>
        <translation>説明が 255 文字を超えています。</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceQueryEndpointViewModel</name>
    <message>
        <source>The query endpoint could not be loaded: %1</source>
        <translation>クエリエンドポイントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The API keys could not be loaded: %1</source>
        <translation>API キーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Pick at least one role for the query endpoint.</source>
        <translation>クエリエンドポイントのロールを少なくとも 1 つ選択してください。</translation>
    </message>
    <message>
        <source>Unknown role %1.</source>
        <translation>不明なロール %1。</translation>
    </message>
    <message>
        <source>Separate the allowed origins with commas: “%1” has a space in it.</source>
        <translation>許可するオリジンはカンマで区切ってください: 「%1」に空白が含まれています。</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceScheduleViewModel</name>
    <message>
        <source>The scaling schedule could not be loaded: %1</source>
        <translation>スケーリングスケジュールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The upgrade window could not be loaded: %1</source>
        <translation>アップグレード期間を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>An upgrade window starts on a weekday at 00, 06, 12 or 18 UTC.</source>
        <translation>アップグレード期間は曜日の 00、06、12、18 時(UTC)に始まります。</translation>
    </message>
</context>
<context>
    <name>chcloud::ServiceSettingsViewModel</name>
    <message>
        <source>The ClickHouse settings could not be loaded: %1</source>
        <translation>ClickHouse の設定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 is on or off (1 or 0).</source>
        <translation>%1 はオンかオフ(1 または 0)です。</translation>
    </message>
    <message>
        <source>%1 takes a whole number.</source>
        <translation>%1 には整数を指定します。</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 には次のいずれかを指定します: %2。</translation>
    </message>
    <message>
        <source>%1 takes a number.</source>
        <translation>%1 には数値を指定します。</translation>
    </message>
    <message>
        <source>There is no setting %1.</source>
        <translation>設定 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicesPage</name>
    <message>
        <source>The services could not be loaded: %1</source>
        <translation>サービスを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>新しいサービス</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Awake</source>
        <translation>復帰</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>パスワードをリセット</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Filter by name, ID, region, version or tag</source>
        <translation>名前、ID、リージョン、バージョン、タグで絞り込み</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>プロバイダー:</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message numerus="yes">
        <source>%n services</source>
        <translation>
            <numerusform>サービス %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n services shown</source>
        <translation>
            <numerusform>サービス %n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop the service before deleting it.</source>
        <translation>削除する前にサービスを停止してください。</translation>
    </message>
    <message>
        <source>Delete the service</source>
        <translation>サービスを削除</translation>
    </message>
    <message>
        <source>Service %1 is being created.</source>
        <translation>サービス %1 を作成しています。</translation>
    </message>
    <message>
        <source>Starting %1.</source>
        <translation>%1 を起動しています。</translation>
    </message>
    <message>
        <source>Waking %1 up.</source>
        <translation>%1 を復帰させています。</translation>
    </message>
    <message>
        <source>Stop service</source>
        <translation>サービスの停止</translation>
    </message>
    <message>
        <source>Stop %1? Running queries are interrupted and clients cannot connect until it is started again.</source>
        <translation>%1 を停止しますか? 実行中のクエリは中断され、再起動するまでクライアントは接続できません。</translation>
    </message>
    <message>
        <source>Stopping %1.</source>
        <translation>%1 を停止しています。</translation>
    </message>
    <message>
        <source>Rename service</source>
        <translation>サービス名の変更</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 の新しい名前:</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>名前を %1 に変更しました。</translation>
    </message>
    <message>
        <source>Generate a new password for the default user of %1? The current password stops working at once.</source>
        <translation>%1 の default ユーザーの新しいパスワードを生成しますか? 現在のパスワードはただちに使えなくなります。</translation>
    </message>
    <message>
        <source>%1 must be stopped before it can be deleted.</source>
        <translation>%1 を削除するには、先に停止する必要があります。</translation>
    </message>
    <message>
        <source>Delete service</source>
        <translation>サービスの削除</translation>
    </message>
    <message>
        <source>This deletes %1 and all its data for good. Type the service name to confirm:</source>
        <translation>%1 とそのすべてのデータが完全に削除されます。確認のため、サービス名を入力してください:</translation>
    </message>
    <message>
        <source>The name typed does not match %1: nothing was deleted.</source>
        <translation>入力された名前が %1 と一致しないため、何も削除されませんでした。</translation>
    </message>
    <message>
        <source>%1 deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Filter services</source>
        <translation>サービスを絞り込む</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>chcloud::ServicesTableModel</name>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Provider / region</source>
        <translation>プロバイダー / リージョン</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>オートスケーリング</translation>
    </message>
    <message>
        <source>Memory per replica</source>
        <translation>レプリカあたりのメモリ</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>レプリカ数</translation>
    </message>
    <message>
        <source>Idle scaling</source>
        <translation>アイドルスケーリング</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>%1 — checking for changes</source>
        <translation>%1 — 変更を確認中</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>不明 (%1)</translation>
    </message>
    <message>
        <source>no state</source>
        <translation>状態なし</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Horizontal</source>
        <translation>水平</translation>
    </message>
    <message>
        <source>Vertical</source>
        <translation>垂直</translation>
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
        <translation>%1～%2 GiB</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message numerus="yes">
        <source>On · %n min</source>
        <translation>
            <numerusform>オン · %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
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
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Choose a cloud provider.</source>
        <translation>クラウドプロバイダーを選択してください。</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>リージョンを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n services could not be read.</source>
        <translation>
            <numerusform>サービス %n 件中 %1 件を読み取れませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give both the minimum and the maximum number of replicas.</source>
        <translation>レプリカ数の最小値と最大値を両方指定してください。</translation>
    </message>
    <message>
        <source>Give either a fixed number of replicas or a minimum and maximum, not both.</source>
        <translation>レプリカ数は、固定値か、最小値と最大値のどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>Horizontal autoscaling needs a minimum and a maximum number of replicas.</source>
        <translation>水平オートスケーリングには、レプリカ数の最小値と最大値が必要です。</translation>
    </message>
    <message>
        <source>Horizontal autoscaling keeps one memory size per replica.</source>
        <translation>水平オートスケーリングでは、レプリカあたりのメモリサイズは固定です。</translation>
    </message>
    <message>
        <source>Vertical autoscaling keeps a fixed number of replicas.</source>
        <translation>垂直オートスケーリングでは、レプリカ数は固定です。</translation>
    </message>
</context>
<context>
    <name>chcloud::SessionManager</name>
    <message>
        <source>There is no such profile.</source>
        <translation>そのようなプロファイルはありません。</translation>
    </message>
    <message>
        <source>The secret of profile “%1” could not be read: %2</source>
        <translation>プロファイル「%1」のシークレットを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The profile was removed while signing in.</source>
        <translation>サインイン中にプロファイルが削除されました。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Signing in failed: the key does not belong to any organization.</source>
        <translation>サインインに失敗しました: キーがどの組織にも属していません。</translation>
    </message>
</context>
<context>
    <name>chcloud::SessionSecretStore</name>
    <message>
        <source>This session only</source>
        <translation>このセッションのみ</translation>
    </message>
</context>
<context>
    <name>chcloud::SettingsTab</name>
    <message>
        <source>Filter settings by name</source>
        <translation>名前で設定を絞り込む</translation>
    </message>
    <message>
        <source>Change the selected setting</source>
        <translation>選択した設定の変更</translation>
    </message>
    <message>
        <source>New value of the setting</source>
        <translation>設定の新しい値</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n settings changed from their defaults.</source>
        <translation>
            <numerusform>%n 件の設定が既定値から変更されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a setting to change it.</source>
        <translation>変更する設定を選択してください。</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>型: %1</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>Pick one of the values.</source>
        <translation>値のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>%1 is back at its default.</source>
        <translation>%1 を既定値に戻しました。</translation>
    </message>
</context>
<context>
    <name>chcloud::TagListModel</name>
    <message>
        <source>A service has at most %1 tags.</source>
        <translation>サービスに付けられるタグは %1 個までです。</translation>
    </message>
</context>
<context>
    <name>chcloud::TagsEditor</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Key, e.g. environment</source>
        <translation>キー (例: environment)</translation>
    </message>
    <message>
        <source>Value (optional)</source>
        <translation>値 (省略可)</translation>
    </message>
    <message>
        <source>Tag key</source>
        <translation>タグのキー</translation>
    </message>
    <message>
        <source>Tag value</source>
        <translation>タグの値</translation>
    </message>
</context>
<context>
    <name>chcloud::TagsTab</name>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Tags updated.</source>
        <translation>タグを更新しました。</translation>
    </message>
</context>
<context>
    <name>chcloud::UsageChartData</name>
    <message numerus="yes">
        <source>Other (%n services)</source>
        <translation>
            <numerusform>その他 (サービス %n 件)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::UsageChartView</name>
    <message>
        <source>CHC per day</source>
        <translation>1 日あたりの CHC</translation>
    </message>
</context>
<context>
    <name>chcloud::UsagePage</name>
    <message>
        <source>Could not load usage: %1</source>
        <translation>使用量を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>How many services the chart shows; the rest are summed as &quot;Other&quot;</source>
        <translation>グラフに表示するサービスの数です。残りは「その他」として合算されます</translation>
    </message>
    <message>
        <source>Services in chart:</source>
        <translation>グラフのサービス数:</translation>
    </message>
    <message>
        <source>Filter records by service, ID or type</source>
        <translation>サービス、ID、種類でレコードを絞り込み</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Save the records shown as a CSV file</source>
        <translation>表示中のレコードを CSV ファイルに保存します</translation>
    </message>
    <message>
        <source>No usage from %1 to %2</source>
        <translation>%1～%2 の使用量はありません</translation>
    </message>
    <message>
        <source>%1 CHC from %2 to %3</source>
        <translation>%2～%3: %1 CHC</translation>
    </message>
    <message>
        <source>Export Usage</source>
        <translation>使用量のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records to %1.</source>
        <translation>
            <numerusform>レコード %n 件を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Services in chart</source>
        <translation>グラフに表示するサービス数</translation>
    </message>
    <message>
        <source>Filter usage records</source>
        <translation>使用量レコードを絞り込む</translation>
    </message>
</context>
<context>
    <name>chcloud::UsageTableModel</name>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>ウェアハウス</translation>
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
        <translation>未確定です。ロックされていないレコードは今後変わる可能性があります。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Total (CHC)</source>
        <translation>合計 (CHC)</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>コンピュート</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Data transfer</source>
        <translation>データ転送</translation>
    </message>
</context>
<context>
    <name>chcloud::UsageViewModel</name>
    <message>
        <source>Not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>Choose a valid date range.</source>
        <translation>有効な期間を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n usage records could not be read.</source>
        <translation>
            <numerusform>使用量レコード %n 件中 %1 件を読み取れませんでした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chcloud::orgtext</name>
    <message>
        <source>Admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
</context>
<context>
    <name>chcloud::validation</name>
    <message>
        <source>Enter a service name.</source>
        <translation>サービス名を入力してください。</translation>
    </message>
    <message>
        <source>A service name has at most %1 characters.</source>
        <translation>サービス名は %1 文字以内にしてください。</translation>
    </message>
    <message>
        <source>Replica memory must be between %1 and %2 GiB.</source>
        <translation>レプリカのメモリは %1～%2 GiB の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Replica memory must be a multiple of %1 GiB.</source>
        <translation>レプリカのメモリは %1 GiB の倍数で指定してください。</translation>
    </message>
    <message>
        <source>The minimum replica memory must not exceed the maximum.</source>
        <translation>レプリカの最小メモリが最大メモリを超えないようにしてください。</translation>
    </message>
    <message>
        <source>The number of replicas must be between %1 and %2.</source>
        <translation>レプリカ数は %1～%2 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The minimum number of replicas must not exceed the maximum.</source>
        <translation>最小レプリカ数が最大レプリカ数を超えないようにしてください。</translation>
    </message>
    <message>
        <source>The idle timeout must be at least %1 minutes.</source>
        <translation>アイドルタイムアウトは %1 分以上にしてください。</translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR block.</source>
        <translation>IP アドレスまたは CIDR ブロックを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CIDR block.</source>
        <translation>「%1」は有効な CIDR ブロックではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address.</source>
        <translation>「%1」は有効な IP アドレスではありません。</translation>
    </message>
    <message>
        <source>Enter a key name.</source>
        <translation>キー名を入力してください。</translation>
    </message>
    <message>
        <source>A key name has at most %1 characters.</source>
        <translation>キー名は %1 文字以内にしてください。</translation>
    </message>
    <message>
        <source>A key name cannot contain control characters.</source>
        <translation>キー名に制御文字は使用できません。</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>「%1」は有効なメールアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for the ClickHouse Cloud management API.

Environment: CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET (and optionally CLICKHOUSE_CLOUD_API_URL) sign in for this session only, without touching the keychain.</source>
        <translation>ClickHouse Cloud 管理 API のためのデスクトップコンソールです。

環境変数: CLICKHOUSE_CLOUD_API_KEY と CLICKHOUSE_CLOUD_API_SECRET (必要に応じて CLICKHOUSE_CLOUD_API_URL も) を設定すると、キーチェーンを使わずに、このセッションに限ってサインインします。</translation>
    </message>
    <message>
        <source>Start a local emulator with demo data and sign in to it (nothing is saved).</source>
        <translation>デモデータ入りのローカルエミュレーターを起動してサインインします (何も保存されません)。</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the page has loaded, then quit.</source>
        <translation>ページの読み込み後にウィンドウを PNG で保存し、終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The page to show: %1.</source>
        <translation>表示するページ: %1。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>ウィンドウサイズ (例: 1280x800)。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <source>API base URL for new profiles and environment sign-in (default %1).</source>
        <translation>新しいプロファイルと環境変数によるサインインに使う API ベース URL (デフォルト: %1)。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Unknown page “%1”; use one of: %2.</source>
        <translation>不明なページ「%1」です。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>The size must look like 1280x800.</source>
        <translation>サイズは 1280x800 のような形式で指定してください。</translation>
    </message>
    <message>
        <source>The API URL is not valid: %1</source>
        <translation>API URL が無効です: %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>From environment</source>
        <translation>環境変数から</translation>
    </message>
    <message>
        <source>Demo Emulator Stopped</source>
        <translation>デモ用エミュレーターが停止しました</translation>
    </message>
    <message>
        <source>The demo emulator stopped unexpectedly; the demo data is no longer available.

%1</source>
        <translation>デモ用エミュレーターが予期せず停止しました。デモデータは利用できなくなりました。

%1</translation>
    </message>
    <message>
        <source>The default profile uses plain http:// and was not signed in automatically; choose it under File ▸ Profiles.</source>
        <translation>デフォルトのプロファイルは暗号化されない http:// を使用しているため、自動ではサインインしませんでした。「ファイル ▸ プロファイル」から選択してください。</translation>
    </message>
</context>
</TS>
