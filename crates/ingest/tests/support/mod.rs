//! A real HTTP/1.1 server on 127.0.0.1 for tests: one listener per test, a thread per
//! connection (bounded), one request per connection (`Connection: close`), and a log of what
//! it saw so that tests can check what the client sent and how many requests overlapped.

#![allow(dead_code)]

pub mod corpus;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// At most this many connections are handled at once; the accept loop waits beyond it.
const MAX_CONNECTIONS: usize = 32;

/// How long a connection may stay silent before the server gives up on it.
const IO_TIMEOUT: Duration = Duration::from_secs(5);

/// A request as the server read it.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    /// Header names lowercased.
    pub headers: Vec<(String, String)>,
    /// When the server finished reading it.
    pub at: Instant,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// What to answer.
#[derive(Debug, Clone)]
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// Sleep this long before answering (the request counts as in flight meanwhile).
    delay: Duration,
    /// Send this many body bytes, then stall this long before the rest.
    stall: Option<(usize, Duration)>,
    /// Send no Content-Length: the body ends when the connection closes.
    close_delimited: bool,
}

impl Reply {
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            delay: Duration::ZERO,
            stall: None,
            close_delimited: false,
        }
    }

    pub fn ok(body: impl Into<Vec<u8>>) -> Reply {
        Reply::status(200).body(body)
    }

    pub fn redirect(status: u16, location: &str) -> Reply {
        Reply::status(status).header("Location", location)
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Reply {
        self.body = body.into();
        self
    }

    pub fn delay(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    pub fn stall_after(mut self, bytes: usize, stall: Duration) -> Reply {
        self.stall = Some((bytes, stall));
        self
    }

    pub fn close_delimited(mut self) -> Reply {
        self.close_delimited = true;
        self
    }
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync + 'static;

struct Shared {
    handler: Box<Handler>,
    stop: AtomicBool,
    live: AtomicUsize,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    requests: Mutex<Vec<Request>>,
}

/// The server; dropping it stops accepting (connections in progress finish on their own).
pub struct Server {
    addr: SocketAddr,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
}

impl Server {
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local addr");
        let shared = Arc::new(Shared {
            handler: Box::new(handler),
            stop: AtomicBool::new(false),
            live: AtomicUsize::new(0),
            in_flight: AtomicUsize::new(0),
            max_in_flight: AtomicUsize::new(0),
            requests: Mutex::new(Vec::new()),
        });
        let acceptor = {
            let shared = Arc::clone(&shared);
            thread::spawn(move || accept_loop(listener, shared))
        };
        Server {
            addr,
            shared,
            acceptor: Some(acceptor),
        }
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://127.0.0.1:PORT{path}`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn requests(&self) -> Vec<Request> {
        self.shared.requests.lock().unwrap().clone()
    }

    /// The most requests the server was working on at once (from reading a request to
    /// starting its answer).
    pub fn max_in_flight(&self) -> usize {
        self.shared.max_in_flight.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        // Wake the blocking accept.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
    }
}

fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stop.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else { continue };
        while shared.live.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
            thread::sleep(Duration::from_millis(5));
        }
        shared.live.fetch_add(1, Ordering::SeqCst);
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let _ = serve(stream, &shared);
            shared.live.fetch_sub(1, Ordering::SeqCst);
        });
    }
}

fn read_request(stream: &TcpStream) -> std::io::Result<Option<Request>> {
    let mut reader = BufReader::new(stream.take(64 * 1024));
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(path)) = (parts.next(), parts.next()) else {
        return Ok(None);
    };
    let (method, path) = (method.to_owned(), path.to_owned());
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
        }
    }
    Ok(Some(Request {
        method,
        path,
        headers,
        at: Instant::now(),
    }))
}

fn serve(mut stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.set_read_timeout(Some(IO_TIMEOUT))?;
    stream.set_write_timeout(Some(IO_TIMEOUT))?;
    let Some(request) = read_request(&stream)? else {
        return Ok(());
    };
    shared.requests.lock().unwrap().push(request.clone());

    let now = shared.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    shared.max_in_flight.fetch_max(now, Ordering::SeqCst);
    let reply = (shared.handler)(&request);
    thread::sleep(reply.delay);
    // Counted as done before the answer leaves, so that a client which has read the answer
    // can never overlap with it in the count.
    shared.in_flight.fetch_sub(1, Ordering::SeqCst);

    let mut head = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if !reply.close_delimited && !matches!(reply.status, 204 | 304) {
        head.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    match reply.stall {
        Some((bytes, stall)) => {
            let split = bytes.min(reply.body.len());
            stream.write_all(&reply.body[..split])?;
            stream.flush()?;
            thread::sleep(stall);
            stream.write_all(&reply.body[split..])?;
        }
        None => stream.write_all(&reply.body)?,
    }
    stream.flush()?;
    stream.shutdown(std::net::Shutdown::Write)
}
