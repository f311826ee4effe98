# bash completion for protokol (installed as share/bash-completion/completions/protokol).
# The option lists are checked against `protokol COMMAND --help` by the core tests.
_protokol() {
  local cur prev words cword
  _init_completion || return
  local commands="run merge validate plugins detect ingest status eval help"
  local common="--plugin-path --help"
  local opts
  case "${words[1]}" in
    run) opts="--pipeline --output --jobs --include --exclude --set --quiet --sync --shard --isolate --doc-timeout --doc-memory" ;;
    merge) opts="--output --pipeline" ;;
    validate) opts="--set" ;;
    plugins) opts="--json --check" ;;
    detect) opts="--pipeline --set --json" ;;
    ingest) opts="--pipeline --set --archive --output --state --settle --max-attempts --retry-delay --retry-failed --purge-deleted --allow-empty-archive --watch --rescan --jobs --batch --include --exclude --quiet --shard --isolate --doc-timeout --doc-memory" ;;
    status) opts="--state --output --json --runs" ;;
    eval) opts="--gold --pred --min-f1 --json" ;;
    help) COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
    *)
      if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
      fi
      return
      ;;
  esac
  case "$prev" in
    -p | --pipeline)
      COMPREPLY=($(compgen -W "default public text sqlite review" -- "$cur") $(compgen -f -X '!*.xml' -- "$cur"))
      return
      ;;
    -o | --output | --archive | --gold | --pred | --plugin-path)
      _filedir -d
      return
      ;;
    --state | --min-f1)
      _filedir
      return
      ;;
    --sync)
      COMPREPLY=($(compgen -W "each end" -- "$cur"))
      return
      ;;
    -j | --jobs | --batch | --settle | --max-attempts | --retry-delay | --rescan | --runs | --set | --include | --exclude | --shard)
      return
      ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts $common" -- "$cur"))
  else
    _filedir
  fi
}
complete -F _protokol protokol
