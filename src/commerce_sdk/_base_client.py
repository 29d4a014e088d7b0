"""What every provider client shares: the pipeline, tenant scopes, calls, paging and errors.

Provider modules only say what differs: how they authenticate, where the tenant goes,
and what a page looks like.
"""

from __future__ import annotations

import contextlib
import difflib
import inspect
import os
import weakref
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from types import ModuleType, TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar, Unpack

import httpx

from ._auth import AuthStrategy
from ._common import ClientOptions
from ._decode import PARSE_CLIENT, parser_for
from ._direct import raise_status_hook
from ._exceptions import (
    ConfigurationError,
    TenantMismatchError,
    request_id_of,
    status_error_class,
)
from ._guards import check_header_name, check_id, check_path
from ._manifest import Manifest, Operation, load_manifest
from ._misuse import check_params, signature_error
from ._network import Network
from ._options import OPERATION_KEY, OPTIONS_KEY, RequestOptions, RetryPolicy, Timeouts
from ._pagination import Page, PageShape, PageWalk, iterate_pages, read_page
from ._pipeline import PARSED_KEY, PARSER_KEY, Pipeline, Tenant
from ._ratelimit import RateLimit, RateLimiter
from ._renamed import canonical
from ._secrets import REDACTOR
from ._store import SharedStore, StoreGuard
from ._tracing import Tracing
from ._transport import CallerClientTransport, Transport, make_transport
from ._version import USER_AGENT
from ._wire import ACCEPT_ENCODING, WireRequest, WireResponse, build

T = TypeVar("T")


@dataclass
class ApiResponse(Generic[T]):
    """A call's result with the HTTP details, for callers who need headers."""

    status_code: int
    headers: Mapping[str, str]  # case-insensitive, as received; `content` is already decoded
    content: bytes
    parsed: T
    request_id: str | None


def env(name: str, value: str | None) -> str | None:
    return value if value is not None else os.environ.get(name) or None


def require(value: str | None, what: str, env_name: str) -> str:
    if not value:
        raise ConfigurationError(f"{what} is required: pass it or set {env_name}")
    return value


def module_of(op: ModuleType | Callable[..., Any]) -> ModuleType:
    """Accept a generated module (`get_item`) or one of its functions (`get_item.asyncio`)."""
    if isinstance(op, ModuleType):
        module = op
    else:
        name = getattr(op, "__module__", None)
        if not name:
            raise ConfigurationError(f"{op!r} is not a generated operation")
        module = import_module(name)
    if not hasattr(module, "_get_kwargs") or not hasattr(module, "_parse_response"):
        raise ConfigurationError(f"{module.__name__} is not a generated operation module")
    return module


class _ScopeHttpClient(httpx.AsyncClient):
    """A scope's generated `client`: a request httpx cannot build (a header value it cannot
    encode, a bad URL) is a `ConfigurationError` like on `scope.call`, not httpx's bare error."""

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(*args, **kwargs)
        except (TypeError, ValueError, httpx.InvalidURL) as exc:
            raise ConfigurationError(f"cannot build the request: {type(exc).__name__}") from None


class Scope:
    """A tenant's view of a provider client; shares the client's pool, auth and token cache."""

    def __init__(self, owner: BaseClient[Any], pipeline: Pipeline) -> None:
        self._owner = owner
        self._pipeline = pipeline
        self._client: Any = None

    def __repr__(self) -> str:
        tenant = self._pipeline.tenant.value if self._pipeline.tenant else None
        return f"{type(self._owner).__name__}Scope(tenant={tenant!r})"

    @property
    def tenant(self) -> str | None:
        return self._pipeline.tenant.value if self._pipeline.tenant else None

    @property
    def client(self) -> Any:
        """The generated package's `Client`, wired to this scope's pipeline.

        Pass it straight to generated functions: auth, tenant, retries and timeouts still apply.
        """
        if self._client is None:
            package = import_module(self._owner.package)
            # Error statuses raise the facade's typed errors here too (see _direct.py).
            hooks = {"response": [raise_status_hook(self._owner.package)]}
            http = _ScopeHttpClient(
                base_url=self._owner.base_url,
                # httpx's own defaults would win over the pipeline's (it only fills what is
                # missing): our User-Agent, and only encodings every transport decodes.
                headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
                transport=self._pipeline,
                timeout=self._pipeline.timeouts.as_httpx(),
                event_hooks=hooks,
            )
            self._owner._track(http)
            # `httpx_args` too: copies made by `with_headers`/`with_timeout`/`with_cookies` build
            # their own httpx client, and it must run over this pipeline as well, never around it.
            self._client = package.Client(
                base_url=self._owner.base_url,
                timeout=self._pipeline.timeouts.as_httpx(),
                httpx_args={"transport": self._pipeline, "event_hooks": hooks},
            ).set_async_httpx_client(http)
        return self._client

    # -- calls ------------------------------------------------------------------------

    def _prepare(
        self, module: ModuleType, op: Operation, params: dict[str, Any], options: RequestOptions | None
    ) -> WireRequest:
        tenant = self._pipeline.tenant
        if tenant is not None and tenant.path_param is not None and tenant.path_param in op.path_params:
            arg = op.path_params[tenant.path_param]
            given = params.get(arg)
            if given is not None and str(given) != tenant.value:
                raise TenantMismatchError(f"{op.key}: {arg}={given!r} but this scope is {tenant.value!r}")
            params[arg] = tenant.value
        check_params(
            op, module, params, None if tenant else self._owner.tenant_path_param, self._owner.tenant_hint
        )
        try:
            kwargs = module._get_kwargs(**params)
        except TypeError as exc:
            raise signature_error(op, module, params, exc) from None
        extensions = dict(kwargs.get("extensions") or {})
        extensions.setdefault(OPERATION_KEY, op.key)
        if options is not None:
            extensions[OPTIONS_KEY] = options

        strict = self._pipeline.strict if options is None or options.strict is None else options.strict
        extensions[PARSER_KEY] = parser_for(module, op, strict)
        check_path(kwargs["url"], op.key)
        try:
            return build(self._owner.base_url, kwargs, extensions)
        except (TypeError, ValueError) as exc:  # e.g. a body that cannot be encoded as JSON
            raise ConfigurationError(f"{op.key}: cannot build the request: {exc}") from None

    async def call_raw(
        self,
        op: ModuleType | Callable[..., Any],
        /,
        *,
        options: RequestOptions | None = None,
        **params: Any,
    ) -> ApiResponse[Any]:
        """Like `call`, but returns status, headers and body along with the parsed model."""
        module, info = self._operation(op)
        response, parsed = await self._parsed(module, info, params, options)
        headers = response.headers
        request_id = request_id_of(headers.items())
        return ApiResponse(response.status_code, headers, response.content, parsed, request_id)

    async def _invoke(
        self, module: ModuleType, key: str, options: RequestOptions | None, params: dict[str, Any]
    ) -> Any:
        """What the typed resources (`scope.<tag>.<operation>()`) call: the module is known."""
        return (await self._parsed(module, self._owner.manifest.operations[key], params, options))[1]

    def _pages(
        self,
        module: ModuleType,
        key: str,
        options: RequestOptions | None,
        params: dict[str, Any],
        page_size: int | None,
        start_page: int | None,
        prefetch: bool,
    ) -> AsyncIterator[Page[Any]]:
        return self.pages(
            module, page_size=page_size, start_page=start_page, prefetch=prefetch, options=options, **params
        )

    async def _items(self, pages: AsyncIterator[Page[Any]]) -> AsyncIterator[Any]:
        async for page in pages:
            for item in page.items:
                yield item

    async def _parsed(
        self, module: ModuleType, info: Operation, params: dict[str, Any], options: RequestOptions | None
    ) -> tuple[WireResponse, Any]:
        """The response and its model.  `call()` awaits this directly: no `ApiResponse` or
        request-id scan it would drop, and one coroutine frame fewer per call."""
        request = self._prepare(module, info, params, options)
        response = await self._pipeline.send(request)
        status = response.status_code
        if status >= 300:  # a 3xx too: no redirect is followed, and one is never a success
            parsed_error = None
            with contextlib.suppress(Exception):  # an unparseable error body is still reported raw
                # The vendor's error model is parsed from the scrubbed body, like `body` itself:
                # a vendor that echoes a key or token must not put it into `exc.parsed`.
                text = response.content.decode("utf-8", "replace")
                clean = REDACTOR.scrub(text)
                source = response
                if clean != text:
                    source = WireResponse(status, response.headers, clean.encode(), request)
                parsed_error = module._parse_response(client=PARSE_CLIENT, response=source)
            raise status_error_class(status)(
                status_code=status,
                method=request.method,
                url=request.url,
                body=response.content,
                headers=dict(response.headers),
                parsed=parsed_error,
            )
        if PARSED_KEY in response.extensions:
            return response, response.extensions[PARSED_KEY]
        return response, request.extensions[PARSER_KEY](response)

    async def call(
        self,
        op: ModuleType | Callable[..., Any],
        /,
        *,
        options: RequestOptions | None = None,
        **params: Any,
    ) -> Any:
        """Call a generated operation for this tenant; returns its parsed model or raises a typed error."""
        module, info = self._operation(op)
        return (await self._parsed(module, info, params, options))[1]

    # -- paging -----------------------------------------------------------------------

    def _operation(self, op: ModuleType | Callable[..., Any]) -> tuple[ModuleType, Operation]:
        """A generated function or module -> its module and the manifest entry it implements."""
        module = module_of(op)
        return module, self._owner.manifest.for_module(module.__name__)

    def list_operation(self, op: ModuleType | Callable[..., Any]) -> tuple[ModuleType, Operation]:
        module, info = self._operation(op)
        if not self._owner.page_shape.matches(info):
            shape = self._owner.page_shape
            raise ConfigurationError(
                f"{info.key} is not a paged list (needs query {shape.page_param}/{shape.size_param} "
                f"and a response with {shape.items[0]})"
            )
        return module, info

    async def pages(
        self,
        op: ModuleType | Callable[..., Any],
        /,
        *,
        page_size: int | None = None,
        start_page: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
        **params: Any,
    ) -> AsyncIterator[Page[Any]]:
        """Every page of a list operation, the next one fetched while you work on this one.

        The page and size parameters may be given by their own names (`page_number=3`): they
        are read as `start_page` and `page_size`, never silently overwritten.
        """
        module, info = self.list_operation(op)
        shape = self._owner.page_shape
        page_arg, size_arg = info.query[shape.page_param], info.query[shape.size_param]
        start_page = _paging_arg(info, params, page_arg, "start_page", start_page)
        page_size = _paging_arg(info, params, size_arg, "page_size", page_size)
        size = self._owner.default_page_size if page_size is None else page_size
        if size < 1:
            raise ConfigurationError("page_size must be >= 1")

        async def fetch(number: int) -> Page[Any]:
            call_params = {**params, page_arg: number, size_arg: size}
            parsed = await self.call(module, options=options, **call_params)
            return read_page(shape, info, parsed, number, size)

        first = shape.first_page if start_page is None else start_page
        walk = PageWalk(info.key)
        async for page in iterate_pages(fetch, first, prefetch=prefetch):
            walk.check(page)
            yield page

    async def paginate(
        self,
        op: ModuleType | Callable[..., Any],
        /,
        *,
        page_size: int | None = None,
        prefetch: bool = True,
        options: RequestOptions | None = None,
        **params: Any,
    ) -> AsyncIterator[Any]:
        """Every item of a list operation across all pages."""
        async for page in self.pages(op, page_size=page_size, prefetch=prefetch, options=options, **params):
            for item in page.items:
                yield item


def _scope_class(package: str) -> Any:
    """An application's package (client_package=) brings its own typed scope, when it has one."""
    try:
        return import_module(f"{package}._resources").ApiScope
    except (ImportError, AttributeError):
        return Scope


def _paging_arg(info: Operation, params: dict[str, Any], arg: str, own: str, given: int | None) -> int | None:
    """`page_number=3` is `start_page=3` (`per_page=50` is `page_size=50`); both at once must agree."""
    if arg not in params:
        return given
    value = params.pop(arg)
    if value is None or type(value).__name__ == "Unset":
        return given
    if not isinstance(value, int) or isinstance(value, bool):
        raise ConfigurationError(f"{info.key}: {arg} must be an int, got {value!r}")
    if given is not None and given != value:
        raise ConfigurationError(f"{info.key}: {arg}={value} and {own}={given} disagree; pass only {own}")
    return value


def _package_name(package: object) -> str:
    """`client_package=` as a module or its name; the manifest it needs must be there."""
    name = getattr(package, "__name__", package)
    if not isinstance(name, str) or not name or not all(p.isidentifier() for p in name.split(".")):
        raise ConfigurationError(f"client_package must be a module or a module name, got {package!r}")
    return canonical(name)  # an old name (`chift_client`) warns and means the renamed package


def _store_guard(store: object) -> StoreGuard | None:
    if store is None:
        return None
    if not isinstance(store, SharedStore):
        raise ConfigurationError(
            f"store= must be a shared store such as commerce_sdk.RedisStore, got {type(store).__name__}"
        )
    return StoreGuard(store)


_NETWORK_OPTIONS = ("proxy", "verify", "trust_env", "limits", "max_response_size")


def _network(options: Mapping[str, Any]) -> Network:
    given = {name: options[name] for name in _NETWORK_OPTIONS if name in options}
    if options.get("http_client") is not None:
        clash = sorted(set(given) - {"max_response_size"})
        if clash:
            raise ConfigurationError(
                f"{', '.join(clash)} cannot be combined with http_client: configure them on your httpx client"
            )
    return Network(**given)


def _check_option_types(options: Mapping[str, Any]) -> None:
    timeout = options.get("timeout")
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, Timeouts | int | float)):
        raise ConfigurationError(f"timeout must be a Timeouts or seconds, got {timeout!r}")
    retries = options.get("max_retries")
    if retries is not None and (isinstance(retries, bool) or not isinstance(retries, int) or retries < 0):
        raise ConfigurationError(f"max_retries must be an int >= 0, got {retries!r}")
    if options.get("retry") is not None and not isinstance(options["retry"], RetryPolicy):
        raise ConfigurationError(f"retry must be a RetryPolicy, got {type(options['retry']).__name__}")
    if options.get("rate_limit") is not None and not isinstance(options["rate_limit"], RateLimit):
        raise ConfigurationError(
            f"rate_limit must be a RateLimit, got {type(options['rate_limit']).__name__}"
        )
    if options.get("http_client") is not None and not isinstance(options["http_client"], httpx.AsyncClient):
        raise ConfigurationError("http_client must be an httpx.AsyncClient")
    headers = options.get("headers")
    if headers is not None and not isinstance(headers, dict):
        raise ConfigurationError(f"headers must be a dict, got {type(headers).__name__}")


def _tracing(tracing: object) -> Tracing | None:
    """The default traces when OpenTelemetry is set up (and costs nothing when it is not);
    `tracing=False` turns it off."""
    if tracing is None or tracing is True:
        return Tracing()
    if tracing is False:
        return None
    if not isinstance(tracing, Tracing):
        raise ConfigurationError(f"tracing must be a Tracing or a bool, got {type(tracing).__name__}")
    return tracing


ScopeT = TypeVar("ScopeT", bound=Scope)


class BaseClient(Generic[ScopeT]):
    """A provider client: one connection pool, one auth state, any number of tenant scopes."""

    # The generated package's `ApiScope` (one typed attribute per tag); an application's
    # package without one gets a plain `Scope`.
    scope_class: type[ScopeT]
    tenant_hint: ClassVar[str] = "a tenant scope"  # what `untenanted` misuse is told to use instead

    provider: ClassVar[str] = "commerce"  # span names: "<provider>.<tag>.<operation>"
    package: str  # the generated package; an instance may use an application's (client_package=)
    default_base_url: ClassVar[str]
    page_shape: ClassVar[PageShape]
    default_page_size: ClassVar[int] = 100
    tenant_path_param: ClassVar[str | None] = None  # None: the tenant travels in a header

    base_url_env: ClassVar[str | None] = None

    def __init__(
        self,
        *,
        auth: AuthStrategy | None,
        default_headers: dict[str, str] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        self._check_options(options)
        base_url = options.get("base_url") or (env(self.base_url_env, None) if self.base_url_env else None)
        self.base_url = (base_url or self.default_base_url).rstrip("/")
        if not self.base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"base_url must be an http(s) URL, got {self.base_url!r}")
        timeout = options.get("timeout")
        timeouts = timeout if isinstance(timeout, Timeouts) else Timeouts()
        if isinstance(timeout, int | float):
            timeouts = Timeouts(read=float(timeout), write=float(timeout), total=float(timeout))
        policy = options.get("retry") or RetryPolicy()
        max_retries = options.get("max_retries")
        if max_retries is not None:
            policy = RetryPolicy(
                max_retries=max_retries,
                backoff_base=policy.backoff_base,
                backoff_max=policy.backoff_max,
                retry_after_cap=policy.retry_after_cap,
                statuses=policy.statuses,
            )
        for name in options.get("headers", {}):
            check_header_name(name)
        headers = {
            "User-Agent": USER_AGENT,
            "Accept-Encoding": ACCEPT_ENCODING,
            **(default_headers or {}),
            **options.get("headers", {}),
        }
        strict = options.get("strict", False)
        if not isinstance(strict, bool):
            raise ConfigurationError(f"strict must be True or False, got {strict!r}")
        http_client = options.get("http_client")
        transport = options.get("transport", "auto")
        network = _network(options)
        client_package = options.get("client_package")
        if client_package is not None:
            self.package = _package_name(client_package)
        self.manifest: Manifest = load_manifest(self.package)
        self.store_guard = _store_guard(options.get("store"))
        if self.store_guard is not None and auth is not None:
            auth.attach_store(self.store_guard)
        if client_package is not None or "scope_class" not in dir(type(self)):
            self.scope_class = _scope_class(self.package)  # the package's own typed scope, if any
        inner: Transport
        if http_client is not None:
            inner = CallerClientTransport(http_client, max_response_size=network.max_response_size)
        else:
            inner = make_transport(transport, network)
        base_path = self.base_url.partition("://")[2].partition("/")[2].strip("/")
        self._pipeline = Pipeline(
            transport=inner,
            auth=auth,
            manifest=self.manifest,
            base_headers=headers,
            timeouts=timeouts,
            retry=policy,
            owns_transport=http_client is None,
            limiter=RateLimiter(),
            rate_limit=options.get("rate_limit"),
            base_segments=base_path.count("/") + 1 if base_path else 0,
            tracing=_tracing(options.get("tracing")),
            provider=self.provider,
            strict=strict,
        )
        if self.store_guard is not None:
            self._pipeline.limiter.attach_store(self.store_guard, self.base_url)
        # Weak: a scope's generated client made per call must not pile up for the client's life.
        self._http_clients: weakref.WeakSet[httpx.AsyncClient] = weakref.WeakSet()
        self._default_scope: ScopeT | None = None

    def _check_options(self, options: Mapping[str, Any]) -> None:
        """An unknown or misspelt option is an error naming it (it used to be ignored silently)."""
        known = set(ClientOptions.__annotations__)
        unknown = [name for name in options if name not in known]
        if not unknown:
            _check_option_types(options)
            return
        candidates = known | {
            name
            for name, param in inspect.signature(type(self).__init__).parameters.items()
            if name != "self" and param.kind is not inspect.Parameter.VAR_KEYWORD
        }
        name = unknown[0]
        close = difflib.get_close_matches(name, sorted(candidates), n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else f"; known options: {', '.join(sorted(known))}"
        raise ConfigurationError(f"{type(self).__name__}: unknown option {name!r}{hint}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self._pipeline.auth!r})"

    @property
    def pipeline(self) -> Pipeline:
        return self._pipeline

    def _track(self, client: httpx.AsyncClient) -> None:
        self._http_clients.add(client)

    def _scope(
        self, tenant: str | None, headers: dict[str, str] | None = None, rate_limit: RateLimit | None = None
    ) -> ScopeT:
        bound = None
        if tenant is not None:
            if not isinstance(tenant, str) or not tenant:
                raise ConfigurationError("a tenant id must be a non-empty string")
            check_id(tenant, "tenant id")
            bound = Tenant(
                value=tenant, header=self.tenant_path_param is None, path_param=self.tenant_path_param
            )
        if rate_limit is not None and not isinstance(rate_limit, RateLimit):
            raise ConfigurationError(f"rate_limit must be a RateLimit, got {type(rate_limit).__name__}")
        return self.scope_class(self, self._pipeline.bind(bound, headers, rate_limit))

    @property
    def untenanted(self) -> ScopeT:
        """Operations that belong to no tenant (e.g. Chift's consumers list)."""
        if self._default_scope is None:
            self._default_scope = self._scope(None)
        return self._default_scope

    async def aclose(self) -> None:
        for client in list(self._http_clients):
            await client.aclose()
        self._http_clients.clear()
        await self._pipeline.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
