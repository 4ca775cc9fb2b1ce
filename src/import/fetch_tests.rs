//! `fetch_all` against a small HTTP server on 127.0.0.1 started by the test: a good feed, a 404,
//! a page that is not a feed and one that never answers (past a short timeout), plus a file.

use super::fetch::fetch_all;
use crate::config::FeedConfig;
use crate::db::Db;
use chrono::{TimeZone, Utc};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc;
use std::time::Duration;

const GOOD: &str = r#"<rss version="2.0"><channel><title>Google Alerts</title>
<item><guid>a</guid><title>La Ñora en la prensa</title><link>https://n.example/a</link></item>
<item><guid>b</guid><title>Otra cosa</title><link>https://n.example/b</link></item>
</channel></rss>"#;

/// Reads a request's head and returns its path.
fn path_of(stream: &mut TcpStream) -> String {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && stream.read(&mut byte).unwrap_or(0) == 1 {
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head);
    head.split_whitespace().nth(1).unwrap_or("/").to_string()
}

fn redirect(stream: &mut TcpStream, to: &str) {
    let reply = format!(
        "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    let _ = stream.write_all(reply.as_bytes());
}

fn respond(stream: &mut TcpStream, status: &str, body: &str) {
    let reply = format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/rss+xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(reply.as_bytes());
}

/// Starts the server; `/slow` holds its connection until the returned sender is dropped.
fn serve() -> (String, mpsc::Sender<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let (hold, released) = mpsc::channel::<()>();
    let released = std::sync::Arc::new(std::sync::Mutex::new(released));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let released = released.clone();
            std::thread::spawn(move || match path_of(&mut stream).as_str() {
                "/good" => respond(&mut stream, "200 OK", GOOD),
                "/moved" => redirect(&mut stream, "/hop/3"),
                "/loop" => redirect(&mut stream, "/loop"),
                "/gopher" => redirect(&mut stream, "gopher://127.0.0.1/feed"),
                hop if hop.starts_with("/hop/") => {
                    match hop.trim_start_matches("/hop/").parse::<u32>() {
                        Ok(0) | Err(_) => redirect(&mut stream, "/good"),
                        Ok(n) => redirect(&mut stream, &format!("/hop/{}", n - 1)),
                    }
                }
                "/broken" => respond(&mut stream, "200 OK", "<html><body>Not a feed"),
                "/slow" => {
                    let _ = released.lock().map(|r| r.recv());
                }
                _ => respond(&mut stream, "404 Not Found", "nothing here"),
            });
        }
    });
    (base, hold)
}

fn feed(url: String, name: &str, timeout: Duration) -> FeedConfig {
    FeedConfig {
        url,
        name: Some(name.into()),
        timeout,
    }
}

#[test]
fn fetch_reports_one_line_per_feed_and_stores_the_good_ones_despite_the_broken() {
    let (base, _hold) = serve();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("local.xml");
    std::fs::write(
        &file,
        GOOD.replace("guid>a", "guid>f").replace("/a<", "/f<"),
    )
    .unwrap();
    let long = Duration::from_secs(10);
    let feeds = [
        feed(format!("{base}/good"), "Google Alerts", long),
        feed(format!("{base}/missing"), "Gone", long),
        feed(format!("{base}/broken"), "Broken", long),
        feed(format!("{base}/slow"), "Reddit", Duration::from_millis(300)),
        feed(file.display().to_string(), "Local", long),
    ];
    let mut db = Db::open_in_memory().unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap();
    let classify = |text: &str, _: &str, _: Option<&str>| text.contains("Ñora").then_some(1);
    db.write(|tx| {
        tx.execute(
            "INSERT INTO listening_rules (name, kind, terms) VALUES ('Marca', 'brand', 'ñora')",
            [],
        )
    })
    .unwrap();
    let mut lines = Vec::new();
    let summary = fetch_all(
        &mut db,
        &feeds,
        &classify,
        now,
        crate::i18n::Lang::En,
        &mut |line| lines.push(line.to_string()),
    )
    .unwrap();
    lines.sort();
    assert_eq!(
        lines,
        [
            "✓ Google Alerts — 2 items, 1 new mention",
            "✓ Local — 2 items, 1 new mention",
            "✕ Broken — it is a web page (HTML), not a feed; look on the page for its RSS or Atom link",
            "✕ Gone — the server answered HTTP 404",
            "✕ Reddit — timed out after 300 ms",
        ]
    );
    assert_eq!((summary.worked, summary.failed, summary.added), (2, 3, 2));
    assert_eq!(db.mention_count().unwrap(), 2);
}

#[test]
fn redirects_are_followed_up_to_five_times_and_a_loop_or_another_scheme_is_refused() {
    use super::fetch::fetch_bytes;
    let (base, _hold) = serve();
    let timeout = Duration::from_secs(10);
    // /moved → /hop/3 → /hop/2 → /hop/1 → /hop/0 → /good: five redirects, then the feed.
    let moved = fetch_bytes(&format!("{base}/moved"), timeout, crate::i18n::Lang::En).unwrap();
    assert_eq!(String::from_utf8(moved).unwrap(), GOOD);
    let too_many =
        fetch_bytes(&format!("{base}/hop/5"), timeout, crate::i18n::Lang::En).unwrap_err();
    assert_eq!(too_many, "it redirects more than 5 times");
    let endless = fetch_bytes(&format!("{base}/loop"), timeout, crate::i18n::Lang::En).unwrap_err();
    assert_eq!(endless, "it redirects more than 5 times");
    let gopher =
        fetch_bytes(&format!("{base}/gopher"), timeout, crate::i18n::Lang::En).unwrap_err();
    assert!(gopher.contains("gopher"), "{gopher}");
}

#[test]
fn a_file_url_reads_the_local_file_it_names() {
    use super::fetch::fetch_bytes;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("alerts feed.xml");
    std::fs::write(&file, GOOD).unwrap();
    let url = url::Url::from_file_path(&file).unwrap();
    assert!(url.as_str().contains("%20"), "{url}");
    let read = fetch_bytes(url.as_str(), Duration::from_secs(1), crate::i18n::Lang::En).unwrap();
    assert_eq!(read, GOOD.as_bytes());
    let missing = fetch_bytes(
        "file:///no/such/feed.xml",
        Duration::from_secs(1),
        crate::i18n::Lang::En,
    )
    .unwrap_err();
    assert!(missing.starts_with("cannot read it"), "{missing}");
}
