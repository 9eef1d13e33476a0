"""Operating-system isolation for one sandboxed submission: namespaces, a private root, Landlock,
seccomp and a separate uid.

An audit hook lives inside the process it guards, so it cannot be the jail: native code, ``dir_fd``
opens or a library below the hook (sqlite3) walk past it. The kernel can be the jail. This module
runs in the forked sandbox child *before any submission code*, as the child's first steps:

1. **Namespaces** (``unshare``): a network namespace (no interfaces but a down loopback: no
   network), an IPC namespace, and a mount namespace; when the grader is not root, a user
   namespace first, which is what lets an ordinary user create the others.
2. **A private root** in the mount namespace: an empty tmpfs holding bind mounts of the read roots
   only (the Python installation, the venv, the package and its data, ``/usr/lib``) at their usual
   paths, three devices, and the working folder as a size- and inode-capped tmpfs (the disk quota)
   mounted ``noexec`` (no native code loaded from it). ``pivot_root`` then leaves the host's tree behind,
   so ``stat``/``readlink`` outside see nothing: the gradebook, the hidden tests, the chapters and
   ``/proc`` do not exist there.
3. **A separate uid**: when started as root the child becomes uid/gid 65534 (``nobody``); in a
   user namespace it drops every capability. ``RLIMIT_NPROC`` then stops forks and threads.
4. **Landlock** (kernel 5.13+; rights up to the ABI the kernel offers): read-only access to the
   read roots, read-write access to the working folder only, nothing executable, no device,
   fifo, socket or symlink creation, no TCP, no signals or abstract sockets outside the sandbox.
5. **seccomp**: a small BPF filter refusing ``mknod``, ``ptrace``, ``process_vm_*``, ``mount``,
   namespace changes, ``socket``, ``execve``, ``memfd_create``, ``io_uring``, ``bpf`` and similar.

Each layer is tried independently and its outcome reported (``Report``), so a kernel that lacks one
still gets the others and the grader can say, in one line, which protection is missing.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import shutil
import stat
import struct
from collections.abc import Iterable
from dataclasses import dataclass, field

SANDBOX_UID = 65534  # ``nobody``: owns no files, so it can write nothing it was not given
# Files and folders the working tmpfs may hold. Its size cap counts data only: without this, empty
# files and folders (about 2 KiB of kernel memory each, outside every limit) pile up at ~45 000 a
# second. A folder submission brings at most ``submissions.MAX_FOLDER_FILES`` (1000) files.
WORK_INODES = 4096

# Layer names, in the order the report lists them.
NETWORK = "network namespace (no network)"
MOUNT = "private root (host files invisible)"
QUOTA = "disk quota (size-capped tmpfs, noexec)"
UID = "separate uid / no capabilities"
LANDLOCK = "Landlock filesystem rules"
SECCOMP = "seccomp syscall filter"
LAYERS = (NETWORK, MOUNT, QUOTA, UID, LANDLOCK, SECCOMP)

_CLONE_NEWNS, _CLONE_NEWUSER, _CLONE_NEWNET, _CLONE_NEWIPC = 0x20000, 0x10000000, 0x40000000, 0x08000000
_MS_RDONLY, _MS_NOSUID, _MS_NODEV, _MS_NOEXEC = 1, 2, 4, 8
_MS_REMOUNT, _MS_BIND, _MS_REC, _MS_PRIVATE = 32, 4096, 16384, 1 << 18
_MNT_DETACH = 2
_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2

# Landlock (include/uapi/linux/landlock.h); the syscall numbers are the same on every architecture.
_LL_CREATE, _LL_ADD_RULE, _LL_RESTRICT = 444, 445, 446
_LL_VERSION = 1
_FS_EXECUTE, _FS_WRITE_FILE, _FS_READ_FILE, _FS_READ_DIR = 1, 2, 4, 8
_FS_REMOVE_DIR, _FS_REMOVE_FILE, _FS_MAKE_CHAR, _FS_MAKE_DIR = 16, 32, 64, 128
_FS_MAKE_REG, _FS_MAKE_SOCK, _FS_MAKE_FIFO, _FS_MAKE_BLOCK = 256, 512, 1024, 2048
_FS_MAKE_SYM, _FS_REFER, _FS_TRUNCATE, _FS_IOCTL_DEV = 4096, 8192, 16384, 32768
_NET_BIND_TCP, _NET_CONNECT_TCP = 1, 2
_SCOPE_ABSTRACT_UNIX, _SCOPE_SIGNAL = 1, 2
_RULE_PATH_BENEATH = 1

# x86-64 syscall numbers for the seccomp filter (other architectures: the layer is reported missing).
_AUDIT_ARCH_X86_64 = 0xC000003E
_DENIED_SYSCALLS_X86_64 = {
    "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "mknod": 133, "mknodat": 259,
    "mount": 165, "umount2": 166, "pivot_root": 155, "chroot": 161, "unshare": 272, "setns": 308,
    "keyctl": 250, "add_key": 248, "request_key": 249, "bpf": 321, "perf_event_open": 298,
    "userfaultfd": 323, "kexec_load": 246, "kexec_file_load": 320, "init_module": 175,
    "finit_module": 313, "delete_module": 176, "open_by_handle_at": 304, "name_to_handle_at": 303,
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427, "memfd_create": 319,
    "socket": 41, "socketpair": 53, "execve": 59, "execveat": 322, "swapon": 167, "swapoff": 168,
    "reboot": 169, "acct": 163, "quotactl": 179, "syslog": 103, "pidfd_getfd": 438,
    "pidfd_open": 434, "process_madvise": 440, "kcmp": 312, "fsopen": 430, "fsconfig": 431,
    "fsmount": 432, "fspick": 433, "move_mount": 429, "open_tree": 428, "mount_setattr": 442,
    "personality": 135, "vhangup": 153, "iopl": 172, "ioperm": 173, "uselib": 134,
    "settimeofday": 164, "clock_settime": 227, "adjtimex": 159,
}
_SYS_CLONE, _SYS_CLONE3, _SYS_PIVOT_ROOT, _SYS_CAPSET = 56, 435, 155, 126
_NAMESPACE_FLAGS = 0x7E020000  # every CLONE_NEW* flag: clone() may not create namespaces

_DEVICES_RW = ("/dev/null",)
_DEVICES_RO = ("/dev/zero", "/dev/urandom", "/dev/random")


@dataclass
class Report:
    """Which layers are in force in one sandbox; ``missing`` says why a layer is not."""

    active: list[str] = field(default_factory=list)
    missing: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, str]:
        """Each layer, in order, with "on" or the reason it is not in force."""
        return {layer: ("on" if layer in self.active else self.missing.get(layer, "not tried")) for layer in LAYERS}


# The C library the interpreter already uses (no lookup, no new library loaded); bound in the
# zygote, before any child exists.
_LIBC = ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> int:
    if result < 0:
        code = ctypes.get_errno()
        raise OSError(code, f"{what}: {os.strerror(code)}")
    return result


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    _check(_LIBC.mount(source and source.encode(), target.encode(), fstype and fstype.encode(),
                       ctypes.c_ulong(flags), data and data.encode()), f"mount {target}")


@dataclass(frozen=True)
class Plan:
    """What the child needs to confine itself (plain data from the grader)."""

    base: str  # the submission's private folder on the host (created by the grader)
    workdir: str  # the working folder the submission sees (under ``base``)
    files: str  # the submission's files, copied by the grader (under ``base``)
    read_roots: tuple[str, ...]
    quota_bytes: int
    enabled: bool = True


def confine(plan: Plan) -> Report:
    """Apply every available layer to the calling (single-threaded, forked) process."""
    report = Report()
    if not plan.enabled:
        for layer in LAYERS:
            report.missing[layer] = "isolation switched off (--no-isolation)"
        _populate(plan.files, plan.workdir, None)
        return report
    root = os.geteuid() == 0
    namespaces = _enter_namespaces(root, report)
    private_root = False
    if namespaces:
        try:
            _build_private_root(plan, owner=SANDBOX_UID if root else 0)
            private_root = True
            report.active += [MOUNT, QUOTA]
        except OSError as error:
            report.missing[MOUNT] = report.missing[QUOTA] = f"mount failed ({error.strerror or error})"
    else:
        report.missing[MOUNT] = report.missing[QUOTA] = "no mount namespace"
    if not private_root:
        _populate(plan.files, plan.workdir, SANDBOX_UID if root and _readable_by_others(plan.read_roots) else None)
    _drop_identity(root, namespaces, private_root, plan, report)
    _landlock(plan, report)
    _seccomp(report)
    return report


def _enter_namespaces(root: bool, report: Report) -> bool:
    """Network, IPC and mount namespaces (behind a user namespace when not root)."""
    uid, gid = os.getuid(), os.getgid()
    flags = _CLONE_NEWNS | _CLONE_NEWNET | _CLONE_NEWIPC | (0 if root else _CLONE_NEWUSER)
    if _LIBC.unshare(flags) == 0:
        if not root:
            try:
                _write("/proc/self/setgroups", "deny")
                _write("/proc/self/uid_map", f"0 {uid} 1")
                _write("/proc/self/gid_map", f"0 {gid} 1")
            except OSError as error:
                report.missing[NETWORK] = f"user namespace maps refused ({error.strerror})"
                return False
        report.active.append(NETWORK)
        return True
    why = os.strerror(ctypes.get_errno())
    if root and _LIBC.unshare(_CLONE_NEWNET | _CLONE_NEWIPC) == 0:
        report.active.append(NETWORK)
        return False
    report.missing[NETWORK] = f"namespaces unavailable ({why})"
    return False


def _write(path: str, text: str) -> None:
    with open(path, "w") as handle:
        handle.write(text)


def _outermost(paths: Iterable[str]) -> list[str]:
    """The paths that are not inside another of them (binding the outer one covers the rest)."""
    ordered = sorted({p.rstrip("/") or "/" for p in paths})
    kept: list[str] = []
    for path in ordered:
        if not any(path == k or path.startswith(k + "/") for k in kept):
            kept.append(path)
    return kept


def _build_private_root(plan: Plan, owner: int) -> None:
    _mount(None, "/", None, _MS_REC | _MS_PRIVATE)
    new_root = os.path.join(plan.base, "root")
    os.mkdir(new_root, 0o755)
    _mount("tmpfs", new_root, "tmpfs", _MS_NOSUID | _MS_NODEV, "size=1m,mode=755")
    for source in _outermost(plan.read_roots):
        if not os.path.isdir(source):
            continue
        target = new_root + source
        os.makedirs(target, mode=0o755, exist_ok=True)
        _mount(source, target, None, _MS_BIND | _MS_REC)
        try:  # read-only where the kernel lets us change the flags (Landlock enforces it anyway)
            _mount(None, target, None, _MS_REMOUNT | _MS_BIND | _MS_RDONLY | _MS_NOSUID | _MS_NODEV)
        except OSError:
            pass
    os.makedirs(new_root + "/dev", mode=0o755, exist_ok=True)
    for device in (*_DEVICES_RW, *_DEVICES_RO):
        if os.path.exists(device):
            open(new_root + device, "w").close()
            _mount(device, new_root + device, None, _MS_BIND)
    work = new_root + plan.workdir
    os.makedirs(work, mode=0o755, exist_ok=True)
    _mount("tmpfs", work, "tmpfs", _MS_NOSUID | _MS_NODEV | _MS_NOEXEC,
           f"size={max(plan.quota_bytes, 1 << 20)},nr_inodes={WORK_INODES},mode=700,uid={owner},gid={owner}")
    _populate(plan.files, work, owner)
    os.chdir(new_root)
    _check(_LIBC.syscall(_SYS_PIVOT_ROOT, b".", b"."), "pivot_root")
    _check(_LIBC.umount2(b".", _MNT_DETACH), "umount old root")
    os.chdir("/")
    try:
        _mount(None, "/", None, _MS_REMOUNT | _MS_RDONLY | _MS_NOSUID | _MS_NODEV)
    except OSError:
        pass


def _populate(source: str, target: str, owner: int | None) -> None:
    """Copy the submission's files (regular files and folders only) into its working folder."""
    os.makedirs(target, exist_ok=True)
    if os.path.isdir(source):
        shutil.copytree(source, target, symlinks=True, dirs_exist_ok=True)
    if owner is not None:
        for folder, dirs, files in os.walk(target):
            for name in (folder, *(os.path.join(folder, n) for n in dirs + files)):
                os.lchown(name, owner, owner)


def _readable_by_others(paths: Iterable[str]) -> bool:
    """True when every read root (and each folder above it) lets other users in."""
    for path in paths:
        current = path
        while True:
            try:
                mode = os.stat(current).st_mode
            except OSError:
                break
            needed = stat.S_IXOTH if stat.S_ISDIR(mode) else stat.S_IROTH
            if not mode & needed:
                return False
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
    return True


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _drop_identity(root: bool, namespaces: bool, private_root: bool, plan: Plan, report: Report) -> None:
    """Root becomes ``nobody``; a user-namespace root gives up its capabilities."""
    try:
        if root:
            if not private_root and not _readable_by_others(plan.read_roots):
                report.missing[UID] = (f"uid {SANDBOX_UID} cannot read the Python installation and there "
                                       "is no private root to make it readable")
                return
            os.setgroups([])
            os.setresgid(SANDBOX_UID, SANDBOX_UID, SANDBOX_UID)
            os.setresuid(SANDBOX_UID, SANDBOX_UID, SANDBOX_UID)
        elif namespaces:
            data = (_CapData * 2)()
            _check(_LIBC.syscall(_SYS_CAPSET, ctypes.byref(_CapHeader(0x20080522, 0)), data), "capset")
        else:
            report.missing[UID] = "runs as the grader's own user (no user namespace to leave it)"
            return
        report.active.append(UID)
    except OSError as error:
        report.missing[UID] = f"could not change identity ({error})"


def landlock_abi() -> int:
    """The Landlock ABI version the kernel offers (0: none)."""
    result = _LIBC.syscall(_LL_CREATE, None, ctypes.c_size_t(0), ctypes.c_uint32(_LL_VERSION))
    return max(result, 0)


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _landlock(plan: Plan, report: Report) -> None:
    if _LIBC.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        report.missing[LANDLOCK] = "no_new_privs refused"
        return
    abi = landlock_abi()
    if abi < 1:
        report.missing[LANDLOCK] = "the kernel has no Landlock (needs Linux 5.13+ with landlock in the LSM list)"
        return
    handled = (_FS_EXECUTE | _FS_WRITE_FILE | _FS_READ_FILE | _FS_READ_DIR | _FS_REMOVE_DIR | _FS_REMOVE_FILE
               | _FS_MAKE_CHAR | _FS_MAKE_DIR | _FS_MAKE_REG | _FS_MAKE_SOCK | _FS_MAKE_FIFO | _FS_MAKE_BLOCK
               | _FS_MAKE_SYM)
    handled |= _FS_REFER if abi >= 2 else 0
    handled |= _FS_TRUNCATE if abi >= 3 else 0
    handled |= _FS_IOCTL_DEV if abi >= 5 else 0
    attr = _RulesetAttr(handled, (_NET_BIND_TCP | _NET_CONNECT_TCP) if abi >= 4 else 0,
                        (_SCOPE_ABSTRACT_UNIX | _SCOPE_SIGNAL) if abi >= 6 else 0)
    size = ctypes.sizeof(_RulesetAttr) if abi >= 6 else 16 if abi >= 4 else 8
    ruleset = _LIBC.syscall(_LL_CREATE, ctypes.byref(attr), ctypes.c_size_t(size), ctypes.c_uint32(0))
    if ruleset < 0:
        report.missing[LANDLOCK] = f"ruleset refused ({os.strerror(ctypes.get_errno())})"
        return
    read = _FS_READ_FILE | _FS_READ_DIR
    write = (read | _FS_WRITE_FILE | _FS_REMOVE_DIR | _FS_REMOVE_FILE | _FS_MAKE_DIR | _FS_MAKE_REG
             | (_FS_TRUNCATE if abi >= 3 else 0))
    rules = [(path, read) for path in plan.read_roots] + [(plan.workdir, write)]
    rules += [(device, _FS_READ_FILE | _FS_WRITE_FILE) for device in _DEVICES_RW]
    rules += [(device, _FS_READ_FILE) for device in _DEVICES_RO]
    try:
        for path, access in rules:
            try:
                fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue  # absent here (outside the private root): nothing to allow
            try:
                if not os.path.isdir(path):
                    access &= _FS_READ_FILE | _FS_WRITE_FILE | _FS_EXECUTE | _FS_TRUNCATE
                rule = _PathBeneath(access & handled, fd)
                _check(_LIBC.syscall(_LL_ADD_RULE, ruleset, _RULE_PATH_BENEATH, ctypes.byref(rule),
                                     ctypes.c_uint32(0)), f"landlock rule for {path}")
            finally:
                os.close(fd)
        _check(_LIBC.syscall(_LL_RESTRICT, ruleset, ctypes.c_uint32(0)), "landlock_restrict_self")
        report.active.append(LANDLOCK)
    except OSError as error:
        report.missing[LANDLOCK] = str(error)
    finally:
        os.close(ruleset)


def _bpf_program() -> bytes | None:
    """The seccomp filter as raw ``sock_filter`` instructions (x86-64 only)."""
    if platform.machine() != "x86_64":
        return None
    ld_abs, jeq, jge, jset, ret = 0x20, 0x15, 0x35, 0x45, 0x06
    returns = {"deny": 0x00050000 | errno.EPERM, "enosys": 0x00050000 | errno.ENOSYS, "allow": 0x7FFF0000}
    # (code, jump-if-true, jump-if-false, k); jumps name a return ("deny"...) or are plain offsets.
    program: list[tuple[int, int | str, int | str, int]] = [
        (ld_abs, 0, 0, 4), (jeq, 1, 0, _AUDIT_ARCH_X86_64), (ret, 0, 0, 0x80000000),  # other ABI: kill
        (ld_abs, 0, 0, 0), (jge, "deny", 0, 0x40000000),  # x32 system calls
    ]
    program += [(jeq, "deny", 0, number) for number in sorted(set(_DENIED_SYSCALLS_X86_64.values()))]
    program += [
        (jeq, "enosys", 0, _SYS_CLONE3),  # clone3's flags are out of reach; glibc falls back to clone
        (jeq, 0, "allow", _SYS_CLONE),
        (ld_abs, 0, 0, 16),  # clone's flags: the low 32 bits of the first argument
        (jset, "deny", "allow", _NAMESPACE_FLAGS),
    ]
    labels = {name: len(program) + offset for offset, name in enumerate(returns)}
    program += [(ret, 0, 0, value) for value in returns.values()]

    def resolve(jump: int | str, index: int) -> int:
        return labels[jump] - index - 1 if isinstance(jump, str) else jump

    return b"".join(struct.pack("<HBBI", code, resolve(jt, i), resolve(jf, i), k)
                    for i, (code, jt, jf, k) in enumerate(program))


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _seccomp(report: Report) -> None:
    program = _bpf_program()
    if program is None:
        report.missing[SECCOMP] = f"no syscall table for {platform.machine()}"
        return
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    if _LIBC.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 or \
            _LIBC.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        report.missing[SECCOMP] = f"filter refused ({os.strerror(ctypes.get_errno())})"
        return
    report.active.append(SECCOMP)
