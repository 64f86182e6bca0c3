# Build the Windows one-folder app and its installer (run on Windows, from any folder):
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.12 (the py launcher: "py -3.12") and, for the installer, Inno Setup 6
# (iscc.exe on PATH or in its default folder). Produces:
#   dist\so-to-cnscd\so-to-cnscd.exe       the app (windowed)
#   dist\so-to-cnscd\so-to-cnscd-cli.exe   the same with a console, for the command line
#   dist\SoToCNSCD-<version>-setup.exe     the installer (per-user, no administrator rights)
# Each step stops the script when it fails.
param(
    [string]$Python = "py -3.12",
    [switch]$NoInstaller,
    [switch]$SkipSmokeTest
)
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

function Invoke-Checked([string]$What, [scriptblock]$Block) {
    Write-Host "== $What"
    & $Block
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Venv = Join-Path $Root "build\venv-freeze"
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) {
    $PyCommand = @($Python -split " " | Where-Object { $_ })
    $PyExe = $PyCommand[0]
    $PyArgs = @($PyCommand | Select-Object -Skip 1)  # "-3.12" for the py launcher, or none
    Invoke-Checked "create the build environment ($Python)" { & $PyExe @PyArgs -m venv $Venv }
}
Invoke-Checked "check Python 3.12+" {
    & $VenvPython -c "import sys; print('Python', sys.version); sys.exit(sys.version_info < (3, 12))"
}
Invoke-Checked "upgrade pip" {
    & $VenvPython -m pip install --quiet --disable-pip-version-check --upgrade pip
}
Invoke-Checked "install the app, its dependencies and PyInstaller" {
    & $VenvPython -m pip install --quiet --disable-pip-version-check ".[server,freeze]"
}
$Version = & $VenvPython -c "import importlib.metadata as m; print(m.version('so-to-cnscd'))"
Write-Host "version $Version"

if (Test-Path "dist\so-to-cnscd") { Remove-Item -Recurse -Force "dist\so-to-cnscd" }
Invoke-Checked "PyInstaller" {
    & $VenvPython -m PyInstaller --noconfirm --clean --log-level WARN `
        --distpath dist --workpath build\pyinstaller packaging\so-to-cnscd.spec
}
$Size = (Get-ChildItem -Recurse "dist\so-to-cnscd" | Measure-Object -Property Length -Sum).Sum
Write-Host ("frozen folder size: {0:N1} MB" -f ($Size / 1MB))

if (-not $SkipSmokeTest) {
    # The same smoke test as CI on Linux: every command from the frozen console binary.
    $Smoke = Join-Path $env:TEMP ("so-to-cnscd-smoke-" + [guid]::NewGuid())
    New-Item -ItemType Directory $Smoke | Out-Null
    $Cli = Join-Path $Root "dist\so-to-cnscd\so-to-cnscd-cli.exe"
    $Db = Join-Path $Smoke "smoke.db"
    $env:QT_QPA_PLATFORM = "offscreen"
    Invoke-Checked "smoke: --version" { & $Cli --version }
    Invoke-Checked "smoke: init" { & $Cli --db $Db init }
    Invoke-Checked "smoke: demo" { & $Cli --db $Db demo --scale district }
    Invoke-Checked "smoke: export-roster" { & $Cli --db $Db export-roster -o (Join-Path $Smoke "ds.xlsx") }
    $Team = & $VenvPython -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT MIN(id) FROM team').fetchone()[0])" $Db
    Invoke-Checked "smoke: decision" { & $Cli --db $Db decision $Team -o (Join-Path $Smoke "qd.pdf") }
    Invoke-Checked "smoke: screenshot" { & $Cli --db $Db --screenshot (Join-Path $Smoke "overview.png") }
    Remove-Item Env:\QT_QPA_PLATFORM
    Write-Host "smoke test passed in $Smoke"
}

if (-not $NoInstaller) {
    $Iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
    if (-not $Iscc) {
        foreach ($candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
                                 "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                                 "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
            if (Test-Path $candidate) { $Iscc = $candidate; break }
        }
    }
    if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it or pass -NoInstaller" }
    Invoke-Checked "Inno Setup" {
        & $Iscc "/DAppVersion=$Version" "/DSourceDir=$Root\dist\so-to-cnscd" `
            "/O$Root\dist" "packaging\windows\installer.iss"
    }
    Write-Host "installer: dist\SoToCNSCD-$Version-setup.exe"
}
