@echo off
rem Starts Lantu Studio on Windows. Needs Java 21 or newer: JAVA_HOME, java on the PATH, or the
rem usual install folders under Program Files. The workspace is LANTU_WORKSPACE (default:
rem %USERPROFILE%\lantu-workspace); on its first start it gets a project "examples" with copies of
rem the example plans that ship here. Other arguments go to Eclipse (e.g. -data DIR).
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "JAVA_EXE="
set "TOO_OLD="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" call :consider "%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE for %%J in (java.exe) do if not "%%~$PATH:J"=="" call :consider "%%~$PATH:J"
if not defined JAVA_EXE for /d %%D in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\BellSoft\*" "%ProgramFiles%\Amazon Corretto\*") do if not defined JAVA_EXE if exist "%%~D\bin\java.exe" call :consider "%%~D\bin\java.exe"
if not defined JAVA_EXE (
  echo lantu-studio: Lantu Studio needs Java 21 or newer!TOO_OLD!. Install one, for example Eclipse Temurin 21 from adoptium.net, or set JAVA_HOME to it. 1>&2
  pause
  exit /b 1
)
set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo lantu-studio: the archive is incomplete: no plugins\org.eclipse.equinox.launcher_*.jar next to this script 1>&2
  exit /b 1
)
if not defined LANTU_WORKSPACE set "LANTU_WORKSPACE=%USERPROFILE%\lantu-workspace"
if not defined LANTU_OPEN set "LANTU_OPEN=wutongqiao-industrial-base-2016-2030.plan"
set "JAVAW=%JAVA_EXE:java.exe=javaw.exe%"
if not exist "%JAVAW%" set "JAVAW=%JAVA_EXE%"
start "Lantu Studio" "%JAVAW%" -Xmx1g -Dosgi.requiredJavaVersion=21 -Dfile.encoding=UTF-8 "-Dlantu.examples=%HERE%examples" "-Dlantu.open=%LANTU_OPEN%" -jar "%LAUNCHER%" -data "%LANTU_WORKSPACE%" %*
exit /b 0

:consider
set "V="
for /f "tokens=3" %%V in ('""%~1" -version 2^>^&1 ^| findstr /i "version"') do if not defined V set "V=%%~V"
if not defined V exit /b 0
for /f "tokens=1 delims=." %%M in ("!V!") do set "M=%%M"
if "!M!"=="1" (set "TOO_OLD=; found only Java !V! at %~1" & exit /b 0)
if !M! GEQ 21 (set "JAVA_EXE=%~1") else (set "TOO_OLD=; found only Java !M! at %~1")
exit /b 0
