import { WordSet } from './word-set';

/**
 * Common given names, folded (see `foldKey`). A person's surname alone (`Trump`, `Mugabe`) right
 * after one of these that is not the person's own is someone else of the family: `Melania Trump`,
 * `Grace Mugabe`. Left out are names that are also ordinary words or places (`Will`, `May`,
 * `Mark`, `August`, `Christian`, `Bill`, `Charlotte`, `Sofia`) or names that stand before a
 * surname as surnames more often than as given names (`James`, `Scott`, `Martin`): a capitalised
 * word before a surname — a title, a role (`Kanzler`, `Stürmer`), a sentence's first word,
 * another person's surname (`Letitia James Trump verklagt`) — is then not taken for one. Names
 * that are mostly given names and sometimes surnames (`Hermann`, `Werner`, `Walter`) are in;
 * nicknames are not (`Bernie Sanders`, where the glossary writes Bernard Sanders), but for those
 * that start the name they shorten (`Rob`: person-names.ts's `isOwnName` takes one for the person's own).
 * Names of the Middle East, Turkey, Greece and Eastern Europe are in their German and English
 * spellings, but not those that are often surnames or stand as middle names before one (`Omar`,
 * `Petro`, `Ibrahim`, `Kemal`, `Abdel`: Ilhan Omar, Gustavo Petro, Mustafa Kemal Atatürk, Gamal
 * Abdel Nasser).
 */
export const FIRST_NAMES = new WordSet(
  `
  aaron abdul abdullah aby adam adrian ahmed ahmad aisha alan albert alberto alejandro aleksandr alexander alexandra alexandre
  alexei alfred ali alice alicia alina alison allen amanda amber amelie amy ana anastasia andrea andreas andrei andrew andrzej angela
  angelika angelina anita anja ann anna annalena anne annette anthony anton antonio arnold arthur ashley barack barbara bastian beate
  beatrice belinda ben benedikt benjamin bernd bernhard bertrand betty beverly bianca bjorn boris brad brandon brenda brian bruno carl
  carla carlos carmen carol caroline catherine cecile charles charlie cheryl chet chris christa christina christine christoph
  christopher cindy claire clara claudia coco colin cristina cynthia dagmar daniel daniela danielle david deborah delphine denis dennis diana
  diane dieter dietrich dimitri dmitri dmitry dominic dominik donald donna doris dorothy douglas edward egon elena eli elias elisabeth
  elizabeth ella ellen elon emily emma emmanuel emre enrique eric erich erik erika ethan eva evelyn fabian faisal fatima felix fernando
  fidel florian francesca francesco francois frank franz franziska frederic friedrich gabriel gabriele gabriela george georg
  gerald gerda gerhard geri germaine gina giorgia giovanni giulia giuseppe gloria gordon grace greta gregor gregory guccio gunter guido
  hannah hansruedi hanspeter hanne hans harald
  harry heide heike heinrich heinz helen helena helga helmut henri henry herbert hillary horst hugo ian imran igor ingrid irene iris isabel
  isabella isabelle ivan ivanka jacob jacqueline jakob jan jana jane janet janine jason javier jean jeanne jeb jeff jeffrey
  jennifer jens jeremy jessica jill jim jimmy joachim joan joanna joe joel johann johanna johannes john jonas jonathan jorg
  jorge jose josef joseph joshua juan judith julia julian juliane julie julien justin jutta kai kamala karen karin karina karl katrina karla
  katarina katharina katherine kathleen kathrin katja katrin kenneth kerstin kevin kimberly klaus kristina kurt lara larry
  laura lauren lea lena leo leon leonie lewis lidia lili lilli lilly lina linda lisa lorenzo louise luca lucas lucia ludwig luis luisa lukas
  lutz magdalena mahmood mahmoud mahmud maja manfred manuel manuela marc marcel marco margaret margarete maria marianne marie marina mario marion marisa
  marius markus marlene marta martha martina mary mateo matteo matthew matthias maurice max maximilian megan melania melanie
  melissa michael michaela michel michelle miguel mike mikhail millard miriam mohamed mohammed monika muhammad nadia nadine nadja nancy natalia
  natalie nathalie nicola nicolas nicole niklas nikolai nina noah norbert novak olaf oleg oliver olivia oscar oskar pablo pamela
  patricia patrick paula pedro peter petra philipp philippe pierre rachel rafael ralf ramona raoul raul rebecca reinhard renate rene
  ricardo richard rob robert roberto rodolphe roger roland ronald rosa rudolf ruth sabine sabrina sahra samuel sandra sara sarah sascha
  sebastian sergei sergey silke simon simone sophia sophie stefan stefanie steffen stephan stephanie stephen steve steven susan
  susanne svenja sven tanja tatjana teresa theresa thorsten tiffany tim timo timothy tina tobias toni tom tomas torsten ulrich
  ulrike ursula uta ute valentina valerie vanessa vera veronika victor viktor viktoria vladimir walter werner wilfried wilhelm william winfried
  wolf wolfgang xavier yannick yusuf yvonne zoe
  alois andy anke antje astrid barbel bettina birgit brigitte carina cornelia detlef dirk dorothea edith elke ellie erwin
  ferdinand gavin gernot gerd gertrud gisela gottfried gudrun gunther hanna hannes hedwig heidi heiko hermann hildegard holger
  hubert ilse ines ingeborg irina irmgard jurgen kate keir keith kemi kirsten leopold liz marlies mitch moritz nigel nikki priti
  rainer reinhold rishi rolf rudiger sadiq sepp siegfried sigrid silvia sonja suella sylvia tamara ted tony uli uwe verena volker
  waltraud wolfram yvette
  annegret armin arne axel bodo carsten cem cory detlev eckhard frieder fritz gotz hartmut helge hendrik
  henning hubertus ingo jerry karsten knut lars lindsey lothar malte mitt neil nils ole paul pete ricarda
  saskia sherrod sigmar soren thomas todd ron heiner kelvin
  abdelaziz ahmet amir anwar ayman bashar baschar binali chalid dschamal ehud ekrem emine fouad fuad gideon hafez hafis
  diogo tiago goncalo nuno bernardo ruben duarte afonso rui deniz emre burak murat serkan volkan kerem zeynep elif selin hakan hamad hani hisham hossein ismail itamar jamal jassir javad dschawad joav khaled khalid mahmoud mahmud marwan
  mehmet modschtaba mohammad mohsen mojtaba moshe mosche nabil naftali osama recep saad salim sami samir schimon shimon
  tarek tariq usama walid yair jair yasser yitzhak jitzchak yoav ziad aleksei alexej anatolij anatoly andrij andriy
  arsenij arseniy bohdan denys dmytro galina gennadi ihor jelena jewgeni jewgenij julija jurij juri kyrylo ljudmila
  lyudmila marija mykhailo mykola natalja nikolaj olena oleksandr olexander oleksij oleksii olga pavlo pawlo ruslan
  serhij serhiy sergej svetlana swetlana taras tatiana valeriy valery vitali vitaly volodymyr walerij wassili vasily
  witali wiktor wolodymyr wladimir yelena yevgeny yevgeniy yulia yuri yury
  alexis christos constantine dimitris evangelos georgios giorgos ioannis konstantinos kostas kyriakos nikos panagiotis
  yannis frederick
  abigail alfie alvin archie audrey barry beth billy bobby bradley brett bruce bryan caleb calvin candace carly
  cathy clint conor connor craig curtis dale dan dana darren dave debbie derek desmond doug dustin
  dwight eddie edwin eileen elaine elliot emil eugene evan floyd fred freddie gail gareth gary gemma geoff
  geoffrey gerry glenn greg gwen harold harriet hazel hector jackie jake janice jared jenna jenny jesse
  joanne jodie joey johnny jon josh joyce judy kay ken kenny kyle laurence lawrence leonard leslie
  liam lindsay lois lorraine louis lucy luke lydia malcolm marcus margot marilyn marvin matt maureen mia
  mick naomi nathan nicholas nick noel nora owen pauline peggy phil phillip ralph randy raymond rhys rick
  ricky rita robbie rodney roy sally sam samantha sean seth shane sharon sheila shirley stacey stanley stuart
  abraham susie suzanne terrence terence terry theo theodore toby trevor vince vincent viv vivian vivienne wayne wendy willie winston zach zachary darnell deshawn latoya keisha reggie brittany kayla marquis lamar dwayne wanda daisy loretta clyde roscoe otis leroy serena venus enzo
  gianluca giorgio luigi mattia paolo pietro riccardo sergio stefano valentino vittorio alessandro antonella carlo claudio dario davide
  emanuele fabio federico filippo giacomo marcello massimo nico raffaele salvatore silvio umberto vincenzo alessandra arianna chiara
  daniele federica giancarlo giulio ignazio maurizio roberta simona jos joost jeroen pieter
  sander wim bram daan henk kees koen ruud thijs wout stijn anouk femke sanne lotte antoine aurelien
  benoit christophe clement didier edouard emile etienne fabien francoise guillaume helene jacques jerome laurent lionel mathieu olivier
  pascal raphael segolene sylvain thierry yves alvaro andres beatriz cristiano diego eduardo emilio esteban felipe gustavo ignacio
  joao julio marcos rodrigo vinicius anders erling henrik kimi magnus mika valtteri mikael yuki toto
  nayla layla leila yasmin rania hieronymus ignatius cornelius ambrosius simu alain clemens
  dilip arun rakesh vinod mukesh pradeep sandeep nirmala smriti piyush nitish sharmila ratan jamsetji mahesh anand sachin virat amitabh akshata
  nuri ugur ozlem mesut ilkay kerem burak murat serkan volkan oguz orhan erdal aylin elif zeynep arda cenk tayfun fatih levent
  ayse fatma hatice zehra yasemin sibel derya leyla sima selin maryam parisa shirin narges
  turgut whitney agatha sigmund adolf
  shaun keanu ryan tyler dylan hunter beau tucker rupert jacinda callum declan niamh siobhan aoife ciaran eamon fergus hamish
  angus alastair alistair iain ewan fiona isla rory penny bridget mel ed nadhim sajid kwasi chuck marjorie alexandria ilhan
  rashida kyrsten tulsi vivek ketanji merrick kari gretchen elise hakeem jack claude kimbal errol maye
  gustav frankie alex aston danny ernst django
  dermot seamus padraig eoin niall colm cathal donal fergal ronan oisin saoirse sinead grainne caoimhe roisin orla eimear clodagh aisling
  jamie graeme mariah ollie zak brendan brendon aidan cillian kieran lachlan alasdair bryce emyr ieuan dafydd ciara mairead kylie
  kirsty kayleigh chantelle jasmine hailey kaylee brianna kelsey tracey mandy candice tamsin imogen hermione philippa pippa tabitha
  penelope beatrix clementine felicity jocasta araminta genevieve jacinta antony chloe amelia evie freya rosie phoebe matilda
  scarlett eliza mariana travis corey usman marnus brydon
  til till tshepo thabo sipho themba lerato nomvula bongani mandla thandiwe zodwa cyril gwede fikile naledi kagiso lindiwe mpho
  aled bethan carwyn cerys christiane eamonn eluned emilia enrico ffion frauke frida geraint gwyneth huw iwan jannik korbinian llyr
  jaime leonhard maik morag owain quirin rafaela reiner rhodri ronny sioned sofie thilo torben vinzenz wiebke xaver
  palesa zanele busisiwe gerrie johan koos willem riaan andre jacobus chinedu ngozi chimamanda oluwaseun uhuru raila kofi kwame
  abena akua femi tunde emeka amina fatou moussa ousmane mamadou aliyu nnamdi olusegun muhammadu jomo mwai jakaya samia yoweri
  emmerson winnie graca julius udo ulf taika wiremu hone aroha hemi ronja
  sunita sunil rekha arvind narendra rahul priya priyanka anil sanjay amit vijay ravi ramesh suresh deepak pooja neha kavita
  manoj rajesh ashok vikram arjun rohit ajay anjali lakshmi meena nitin rajiv sonia manmohan bhagwant manjinder gopal daphne
  wes jay glen
  tadeusz piotr pawel krzysztof tomasz jerzy wojciech stanislaw zbigniew jaroslaw mateusz michal grzegorz kazimierz wladyslaw
  radoslaw przemyslaw slawomir rafal lukasz bartosz dariusz janusz ryszard leszek agnieszka malgorzata katarzyna elzbieta jadwiga
  danuta zofia krystyna florence pontius gaius lucius tiberius
  dietmar eckart ottmar otmar hannelore roswitha burkhard berthold friedhelm wigand joerg juergen guenter ruediger
  jaylin jaylen jalen jamal deandre demar tyrese jayson jaren jrue kyrie klay trae
  patti patty
  mette mads frederik niels kasper jesper rasmus mikkel morten gunnar jorgen kjeld troels pernille trine helle jules
  gianni donatella miuccia patrizio elisa ennio haakon
  `
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Given names left out of `FIRST_NAMES` for being English words or English surnames, which German
 * prose writes only as given names (the adjective is `christlich`): `Christian Zachert` is not
 * Matthias Zachert, `Martin Fürst` not the confectioner Fürst.
 */
export const GERMAN_FIRST_NAMES = new WordSet(['christian', 'bill', 'martin']);

/**
 * Surnames that are given names as often (folded; not in `FIRST_NAMES`, which would take them for
 * given names before every surname): on an English page one before another capitalised word is
 * someone else's given name (`Martin Heydon` is not Micheál Martin).
 */
export const GIVEN_SURNAMES = new WordSet(['martin', 'james', 'scott', 'howard', 'russell', 'graham', 'spencer', 'stewart', 'murray', 'morgan', 'jarvis', 'lewis', 'elliott', 'harvey', 'mason', 'warren']);
/**
 * More of them, read only before a surname (`The Green MSP Ross Greer` beside Douglas Ross), not
 * before a place (`Grant Glasgow trip`).
 */
export const MORE_GIVEN_SURNAMES = new WordSet(['ross', 'grant', 'craig', 'neil', 'cole']);

/**
 * The ends of German titles and roles, which compounds make many of (`Verkehrskommissar`,
 * `Bundesfinanzminister`, `Landeschef`), folded: a given name follows them.
 */
export const TITLE_ENDINGS = /(?:minister|kommissar|chef|prasident|sprecher|kanzler|meister|hauptmann|hauptfrau|direktor|vorsitzende|leiter|kandidat|trainer|abgeordnete|sekretar|landesrat|stadtrat)(?:in|r)?$/;
